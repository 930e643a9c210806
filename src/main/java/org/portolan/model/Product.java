package org.portolan.model;

/** The product's name and version, as About, --version and the exports state them. */
public final class Product {

    public static final String NAME = "Portolan";
    public static final String VERSION = "0.1.0";

    private Product() {
    }
}
