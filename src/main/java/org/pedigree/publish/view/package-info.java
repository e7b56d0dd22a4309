/**
 * What turns answers into pages and problem documents: {@code Pages} (the Thymeleaf templates of
 * {@code src/main/resources/templates}, rendered with {@code Formats}), {@code PageHead} (title,
 * canonical link, alternates, JSON-LD), {@code ErrorResponses} (the one mapping of problems to
 * statuses and bodies, negotiated) and {@code Problems} (the one writer of RFC 9457 documents).
 * The only package that uses Thymeleaf.
 */
package org.pedigree.publish.view;
