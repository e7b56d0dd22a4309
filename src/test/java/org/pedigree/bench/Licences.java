package org.pedigree.bench;

import java.util.SplittableRandom;

/**
 * The licence mix of the generated lineage graph: roots under permissive, llama-style,
 * non-commercial, share-alike, RAIL or unknown licences (or none); most derivatives keep their
 * base's licence, some relicense to Apache-2.0 or MIT (the conflicts a compliance officer must
 * see), some state none. Licences are numbered by their place in {@link #IRIS}; -1 is none stated.
 */
final class Licences {
    private static final String SPDX = "http://spdx.org/licenses/";
    private static final String LIC = "https://w3id.org/pedigree/licence/";
    static final String[] IRIS = {
        SPDX + "Apache-2.0", SPDX + "MIT", LIC + "llama2", LIC + "llama3", LIC + "gemma", SPDX + "CC-BY-NC-4.0",
        SPDX + "CC-BY-SA-4.0", LIC + "openrail", LIC + "other", SPDX + "CC-BY-4.0", SPDX + "ODC-By-1.0",
    };
    private static final byte APACHE = 0;
    private static final byte MIT = 1;
    /** Shares of roots per licence of {@link #IRIS}; what is left (10%) states none. */
    private static final double[] ROOT_SHARES = {0.30, 0.08, 0.10, 0.10, 0.05, 0.10, 0.03, 0.04, 0.05, 0.05, 0.0};
    private static final double[] DATASET_SHARES = {0.20, 0.0, 0.0, 0.0, 0.0, 0.15, 0.0, 0.0, 0.0, 0.45, 0.10};

    String iri(byte licence) {
        return IRIS[licence];
    }

    byte forRoot(SplittableRandom random) {
        return draw(random, ROOT_SHARES);
    }

    byte forDataset(SplittableRandom random) {
        return draw(random, DATASET_SHARES);
    }

    /** 75% keep the base's licence, 10% Apache-2.0, 5% MIT, 5% none, 5% any licence a root may have. */
    byte forDerivative(SplittableRandom random, byte base) {
        double u = random.nextDouble();
        return u < 0.75 ? base : u < 0.85 ? APACHE : u < 0.90 ? MIT : u < 0.95 ? -1 : forRoot(random);
    }

    private static byte draw(SplittableRandom random, double[] shares) {
        double u = random.nextDouble();
        for (int k = 0; k < shares.length; k++) {
            u -= shares[k];
            if (u < 0) {
                return (byte) k;
            }
        }
        return -1;
    }
}
