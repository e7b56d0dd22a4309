/**
 * The HTML pages and linked-data documents of things: {@code ThingResource} (negotiation of a
 * model, dataset, activity, agent or vocabulary term) with {@code ModelPage}, {@code ThingPage} and
 * {@code TermPage}; home, lists and search, dictionary, the SPARQL editor, record pages, and the
 * family tree ({@code FamilyTreeLayout} lays it out, {@code FamilyTreeSvg} draws it,
 * {@code LineagePicture} serves it). A new page is a handler here, a template and a route.
 */
package org.pedigree.publish.pages;
