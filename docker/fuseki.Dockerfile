# syntax=docker/dockerfile:1
# A standalone Apache Jena Fuseki (the jar from Maven Central, checksum pinned) serving one TDB2
# dataset, /lineage, configured by docs/deploy/fuseki-lineage.ttl (the configuration the
# remote-store contract tests run: queries and updates at the dataset URL, the default graph the
# union of the named graphs): the remote store of the `remote` profile in docker-compose.yml.
# Build context: the repository root. Keep it on a private network: it has no access control.
FROM eclipse-temurin:21-jre
ARG FUSEKI_VERSION=6.2.0
ADD --checksum=sha256:2c92c598e65ab69d99820052e05f4277ed1d77980a8845f87545ad35b71a76ee \
    https://repo1.maven.org/maven2/org/apache/jena/jena-fuseki-server/${FUSEKI_VERSION}/jena-fuseki-server-${FUSEKI_VERSION}.jar \
    /opt/fuseki/fuseki-server.jar
COPY docs/deploy/fuseki-lineage.ttl /opt/fuseki/config.ttl
RUN groupadd --system fuseki && useradd --system --gid fuseki --uid 10002 fuseki \
    && mkdir -p /fuseki && chown fuseki:fuseki /fuseki && chmod 0444 /opt/fuseki/fuseki-server.jar
USER fuseki
WORKDIR /fuseki
VOLUME /fuseki
EXPOSE 3030
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/3030 && printf 'GET /$/ping HTTP/1.0\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/fuseki/fuseki-server.jar"]
CMD ["--conf", "/opt/fuseki/config.ttl"]
