package org.pedigree.publish.view;

import org.pedigree.model.Derivation;
import org.pedigree.model.Link;
import org.pedigree.model.LineageNode;
import org.pedigree.publish.http.Site;

/**
 * One link of a list on a page, ready to show: where it goes, its text and a short note beside it
 * (the kind of a derivation), or null.
 *
 * <p>A JavaBean, not a record, on purpose: Thymeleaf reads {@code ${a.text}} through a getter it
 * has looked up once, without OGNL, while {@code ${site.href(d.model().iri())}} is three method
 * calls that OGNL resolves and checks against the restricted types on every evaluation. (In
 * {@code th:href} and {@code th:src}, which Thymeleaf evaluates restricted, OGNL reads the
 * property: one call instead of three.) Lists that grow with the data (derivatives, paths) are
 * made of these; see CONTRIBUTING ("A page").
 */
public final class Anchor {
    private final String href;
    private final String text;
    private final String note;

    public Anchor(String href, String text, String note) {
        this.href = href;
        this.text = text;
        this.note = note;
    }

    /** The link to the model at the other end of a derivation, with the derivation's kind as its note. */
    public static Anchor of(Site site, Derivation derivation) {
        return of(site, derivation.model(), derivation.kindName());
    }

    public static Anchor of(Site site, Link link, String note) {
        return of(site, link.iri(), link.label(), note);
    }

    public static Anchor of(Site site, LineageNode node, String note) {
        return of(site, node.iri(), node.label(), note);
    }

    /** The link to {@code iri} on this site (or outside it), shown as {@code text}. */
    public static Anchor of(Site site, String iri, String text, String note) {
        return new Anchor(site.href(iri), text, note);
    }

    public String getHref() {
        return href;
    }

    public String getText() {
        return text;
    }

    public String getNote() {
        return note;
    }

    @Override
    public String toString() {
        return text + " <" + href + ">" + (note == null ? "" : " (" + note + ")");
    }
}
