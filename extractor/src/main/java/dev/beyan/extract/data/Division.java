package dev.beyan.extract.data;

/**
 * A province or district as the gazetteer file lists it, for code that lists places rather than finds them (the
 * registry's read models): the unit, its ASCII name as the file spells it, and for a province whether it is a
 * metropolitan municipality (büyükşehir; always false for a district).
 */
public record Division(AdminUnit unit, String ascii, boolean metropolitan) {
}
