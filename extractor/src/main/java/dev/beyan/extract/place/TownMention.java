package dev.beyan.extract.place;

import dev.beyan.extract.data.Town;

/** A belde town named with its municipality ("Karabiga Belediyesi"): not a registry place, but a jurisdiction. */
public record TownMention(int token, Town town) {
}
