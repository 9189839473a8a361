package dev.beyan.extract.data;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Everything the extractor looks things up in, loaded once from the resources next to this class (sources and
 * licences in PROVENANCE.md) and immutable afterwards, so one instance serves every thread.
 */
public final class ReferenceData {
    private final Gazetteer gazetteer;
    private final PlaceWords placeWords;
    private final PersonNames personNames;
    private final Parties parties;
    private final Titles titles;
    private final OfficeRegistry officeRegistry;
    private final CivilBodies civilBodies;
    private final CareerPosts careerPosts;
    private final WordClasses wordClasses;

    private ReferenceData(Gazetteer gazetteer, PlaceWords placeWords, PersonNames personNames, Parties parties,
                          Titles titles, OfficeRegistry officeRegistry, CivilBodies civilBodies,
                          CareerPosts careerPosts) {
        this.gazetteer = gazetteer;
        this.placeWords = placeWords;
        this.personNames = personNames;
        this.parties = parties;
        this.titles = titles;
        this.officeRegistry = officeRegistry;
        this.civilBodies = civilBodies;
        this.careerPosts = careerPosts;
        this.wordClasses = new WordClasses(gazetteer, placeWords, personNames, parties, titles);
    }

    /** Reads every resource; call once and share the result. */
    public static ReferenceData load() {
        ObjectMapper json = new ObjectMapper();
        return new ReferenceData(Gazetteer.load(json), PlaceWords.load(), PersonNames.load(), Parties.load(),
                Titles.load(), OfficeRegistry.load(Registers.load()), CivilBodies.load(),
                CareerPosts.load());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public PlaceWords placeWords() {
        return placeWords;
    }

    public PersonNames personNames() {
        return personNames;
    }

    public Parties parties() {
        return parties;
    }

    public Titles titles() {
        return titles;
    }

    public OfficeRegistry officeRegistry() {
        return officeRegistry;
    }

    public CivilBodies civilBodies() {
        return civilBodies;
    }

    public CareerPosts careerPosts() {
        return careerPosts;
    }

    /** Classifies a word against all the lexicons at once (see {@link dev.beyan.extract.text.WordClass}). */
    public dev.beyan.extract.text.WordClassifier wordClasses() {
        return wordClasses;
    }
}
