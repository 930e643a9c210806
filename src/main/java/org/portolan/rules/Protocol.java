package org.portolan.rules;

/** Transport protocol of a flow; ANY for the unrestricted R1/R2 links. */
public enum Protocol {
    TCP, UDP, ANY
}
