package org.portolan.m365;

/** A file that is not Microsoft's endpoints list; the message is a sentence for the user. */
public final class EndpointListException extends Exception {

    public EndpointListException(String message) {
        super(message);
    }
}
