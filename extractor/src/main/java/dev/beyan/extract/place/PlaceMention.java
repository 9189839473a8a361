package dev.beyan.extract.place;

import dev.beyan.extract.Span;
import dev.beyan.extract.data.AdminUnit;

/** A province or district named at words {@code [start, end]}; {@code span} covers the name without its suffix. */
public record PlaceMention(int start, int end, AdminUnit unit, Span span) {
}
