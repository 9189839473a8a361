package dev.beyan.extract.official;

import dev.beyan.extract.data.Party;

import java.util.List;

/**
 * What stands before a title and qualifies it: "eski CHP İzmir İl Başkanı", "Aydın'ın AKP'li Didim Belediye
 * Başkanı". {@code places} are place or town mentions, nearest to the title first; {@code start} is the first word.
 */
record Modifiers(int start, Party party, List<Object> places, boolean former) {
}
