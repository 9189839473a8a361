package dev.beyan.extract.data;

/** A political party: the short name the registry uses ("AK Parti") and the organisation name of its offices. */
public record Party(String shortName, String org) {
}
