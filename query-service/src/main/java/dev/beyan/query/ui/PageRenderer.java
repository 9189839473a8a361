package dev.beyan.query.ui;

import dev.beyan.common.problem.ProblemException;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.Locale;
import java.util.function.Function;

/**
 * Renders a page in the client's language and answers it with the headers every page carries. A problem the
 * services raise (no such release, a bad parameter) becomes an HTML page with its status, not JSON. The pages
 * run no script at all, which the Content-Security-Policy states, so text that looks like markup can do nothing
 * even if it were ever written unescaped.
 */
@ApplicationScoped
public class PageRenderer {
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** A template to answer with, and the status to answer it with. */
    record View(TemplateInstance template, int status) {
        static View ok(TemplateInstance template) {
            return new View(template, 200);
        }
    }

    Uni<Response> render(HttpHeaders headers, Function<Labels, Uni<View>> page) {
        Locale locale = UiLanguage.of(headers);
        Labels labels = labels(locale);
        return Uni.createFrom().deferred(() -> page.apply(labels))
                .onFailure(ProblemException.class).recoverWithItem(e -> {
                    ProblemException problem = (ProblemException) e;
                    return new View(UiTemplates.error(problem.problem().status(), problem.problem().detail()),
                            problem.problem().status());
                })
                .chain(view -> view.template().setLocale(locale).createUni()
                        .map(html -> Response.status(view.status()).entity(html)
                                .type("text/html;charset=UTF-8")
                                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                                .header("Content-Security-Policy", POLICY)
                                .header("X-Content-Type-Options", "nosniff")
                                .header("Referrer-Policy", "same-origin")
                                .build()));
    }

    static Labels labels(Locale locale) {
        return locale.getLanguage().equals("en")
                ? MessageBundles.get(Labels.class, Localized.Literal.of("en"))
                : MessageBundles.get(Labels.class);
    }
}
