package dev.beyan.extract.statement;

/**
 * Recognises the verb that closes a Turkish content clause: a verb nominalised with -DIK (past/present:
 * "olduğunu", "yakaladıklarını", "gerektiğini") or -(y)AcAK (future: "edeceklerini", "sunabileceğini"), a
 * possessive for its subject (-I, -lArI, -ImIz) and a case the governing verb asks for: accusative
 * ("...olduğunu belirtti"), genitive ("...olduğunun altını çizdi") or dative ("...arttırdığına vurgu yaptı").
 * A plain noun ("önemine", "memnuniyetini") has no such ending, so its verb is not reported speech.
 */
final class ContentClauseVerb {

    private ContentClauseVerb() {
    }

    static boolean isContentClauseVerb(String folded) {
        String w = stripCase(folded);
        if (w == null) {
            return false;
        }
        if (endsWithAny(w, "ımız", "imiz", "umuz", "ümüz")) {
            // 1pl possessive takes the case directly: bulunduğumuz-u
            String core = w.substring(0, w.length() - 4);
            return endsWithCore(core, 'ğ') && core.length() > 4;
        }
        if (!w.endsWith("n")) {
            return false;
        }
        w = w.substring(0, w.length() - 1); // the pronominal n of the 3rd person possessive: olduğu-n-u
        if (endsWithAny(w, "ları", "leri")) {
            String core = w.substring(0, w.length() - 4);
            return endsWithCore(core, 'k') && core.length() > 4;
        }
        if (w.length() > 1 && isHighVowel(w.charAt(w.length() - 1))) {
            String core = w.substring(0, w.length() - 1);
            return endsWithCore(core, 'ğ') && core.length() > 3;
        }
        return false;
    }

    /**
     * A clause nominalised with -mA, its possessive and the accusative: "yapılmasını", "gelmelerini", "olmasını", the
     * object of asking or wishing ("...yapılmasını istedi"); under other verbs it names an act ("...alınmasını
     * eleştirdi"), not words said.
     */
    static boolean isActionNominalObject(String folded) {
        return folded.length() > 7 && endsWithAny(folded, "masını", "mesini", "malarını", "melerini");
    }

    /**
     * "...soruların yanıtlanmasını istedi", "Bakanın cevaplamasını talep etti": asking for an answer says nothing
     * itself; what is asked is in the questions, quoted or listed after it.
     */
    static boolean isAnswering(String folded) {
        return folded.startsWith("yanıtla") || folded.startsWith("cevapla") || folded.startsWith("cevaplandır");
    }

    /** "...sorulara yanıt vermesini istedi": the answer asked for with the light verb "vermek". */
    static boolean isAnswering(String noun, String folded) {
        return (noun.equals("yanıt") || noun.equals("cevap")) && folded.startsWith("ver");
    }

    /**
     * The same clause in the dative, "yapılmamasına", "getirmemesine": what one draws attention to or stresses
     * ("...getirmemesine vurgu yaptı", "...ertelenmesine dikkat çekti").
     */
    static boolean isActionNominalDative(String folded) {
        return folded.length() > 7 && endsWithAny(folded, "masına", "mesine", "malarına", "melerine");
    }

    /**
     * The subject of a passive report ("...önemli bir adım olduğu belirtildi", "...yapılacağı ifade edildi"): the
     * nominalised verb with its possessive and no case, -DIğI / -DIklArI / -(y)AcAğI.
     */
    static boolean isPassiveSubjectVerb(String folded) {
        if (folded.length() < 5) {
            return false;
        }
        if (endsWithAny(folded, "ları", "leri")) {
            String core = folded.substring(0, folded.length() - 4);
            return endsWithCore(core, 'k') && core.length() > 4;
        }
        return isHighVowel(folded.charAt(folded.length() - 1))
                && endsWithCore(folded.substring(0, folded.length() - 1), 'ğ');
    }

    private static String stripCase(String w) {
        if (w.length() < 6) {
            return null;
        }
        char last = w.charAt(w.length() - 1);
        char beforeLast = w.charAt(w.length() - 2);
        if (last == 'n' && isHighVowel(beforeLast)) {
            return w.substring(0, w.length() - 2); // genitive -In: olduğu-n-un, bulunduğumuz-un
        }
        if (isHighVowel(last) || last == 'a' || last == 'e') {
            return w.substring(0, w.length() - 1); // accusative -I, dative -A
        }
        return null;
    }

    /** -DIk / -DIğ (past participle) or -AcAk / -AcAğ (future participle), ending in {@code k} or {@code ğ}. */
    private static boolean endsWithCore(String w, char lastConsonant) {
        int n = w.length();
        // "evrildigini": a text typed without Turkish letters writes the suffix's ğ as g, which it never is
        boolean typedPlain = lastConsonant == 'ğ' && n > 0 && w.charAt(n - 1) == 'g';
        if (n < 3 || (w.charAt(n - 1) != lastConsonant && !typedPlain)) {
            return false;
        }
        char v = w.charAt(n - 2);
        char d = w.charAt(n - 3);
        if (isHighVowel(v) && (d == 'd' || d == 't')) {
            return true;
        }
        return n >= 4 && (v == 'a' || v == 'e') && d == 'c' && (w.charAt(n - 4) == 'a' || w.charAt(n - 4) == 'e');
    }

    private static boolean endsWithAny(String w, String... endings) {
        for (String e : endings) {
            if (w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHighVowel(char c) {
        return c == 'ı' || c == 'i' || c == 'u' || c == 'ü';
    }
}
