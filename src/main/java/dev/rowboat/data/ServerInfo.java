package dev.rowboat.data;

/** What the database says of itself once connected. */
public record ServerInfo(String productName, String productVersion) {
    public String describe() {
        return productName + " " + productVersion;
    }
}
