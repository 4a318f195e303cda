package io.github.biliflux.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The release shape of the build, read from the POMs: the BOM lists every module that is deployed
 * and none that is not, and every jar module names its Automatic-Module-Name.
 */
class ReleaseShapeTest {

    private static final Path ROOT = Path.of("..");

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> all(String regex, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void theBomListsEveryDeployedModuleAndNoOther() {
        String bom = read(ROOT.resolve("bom/pom.xml"));
        List<String> managed = all("<artifactId>(biliflux-[\\w-]+)</artifactId>", bom.substring(bom.indexOf("<dependencyManagement>")));
        List<String> modules = all("<module>([\\w-]+)</module>", read(ROOT.resolve("pom.xml")));
        assertThat(modules).contains("bom", "metrics", "core");
        for (String dir : modules) {
            if (dir.equals("bom")) {
                continue;
            }
            String pom = read(ROOT.resolve(dir).resolve("pom.xml"));
            String artifactId = all("</parent>\\s*<artifactId>([\\w-]+)</artifactId>", pom).get(0);
            boolean deployed = !pom.contains("<maven.deploy.skip>true</maven.deploy.skip>");
            if (deployed) {
                assertThat(managed).as("BOM entries").contains(artifactId);
                assertThat(pom).as(dir + " names its module")
                        .containsPattern("<automatic.module.name>io\\.github\\.biliflux\\.\\w+</automatic.module.name>");
            } else {
                assertThat(managed).as("BOM entries").doesNotContain(artifactId);
            }
        }
        assertThat(managed).doesNotContain("biliflux-examples", "biliflux-reliability", "biliflux-benchmarks");
    }

    @Test
    void theLicenceIsStatedOnceAndShipped() {
        assertThat(read(ROOT.resolve("LICENSE"))).contains("Apache License", "Version 2.0, January 2004");
        String parent = read(ROOT.resolve("pom.xml"));
        assertThat(parent).contains("<name>Apache License, Version 2.0</name>", "<scm>", "<developers>", "<url>");
    }
}
