package io.github.cameldatagrok.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeRelativePathTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"a.csv", "sub/b.csv", "deep/er/c.txt", "..hidden", "a..b", "...", ".env", "x/.y",
            "name with spaces.txt", "Zoë/日本.csv", "~/home.txt", "ab:c.txt"})
    void acceptsRelativeNames(String name) {
        assertThat(SafeRelativePath.check(name)).isEqualTo(name);
        Path resolved = SafeRelativePath.resolve(dir, name);
        assertThat(resolved.startsWith(dir.toAbsolutePath())).isTrue();
        assertThat(resolved).isEqualTo(dir.toAbsolutePath().resolve(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "//server/share/x", "../evil", "a/../../evil", "a/..", "..",
            "sub/../../../../tmp/x", ".", "./a", "a/./b", "a//b", "a/", "/", "C:/Windows/x", "c:evil",
            "..\\evil", "a\\b", "\\\\server\\share", "nul\u0000byte", "a\u0000/../../x", "line\nbreak",
            "tab\tname", "bell\u0007", "del\u007f"})
    void refusesNamesThatEscapeOrAreAmbiguous(String name) {
        assertThatThrownBy(() -> SafeRelativePath.check(name))
                .isInstanceOf(UnsafeFileNameException.class)
                .hasMessageStartingWith("Refused the file name")
                .hasMessageContaining("nothing is written outside");
        assertThatThrownBy(() -> SafeRelativePath.resolve(dir, name)).isInstanceOf(UnsafeFileNameException.class);
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> SafeRelativePath.check(null)).isInstanceOf(UnsafeFileNameException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void messagesNameTheReasonAndShowControlCharacters() {
        assertThatThrownBy(() -> SafeRelativePath.check("../x")).hasMessageContaining("'../x'")
                .hasMessageContaining("'..'");
        assertThatThrownBy(() -> SafeRelativePath.check("a\u0000b")).hasMessageContaining("'a\\x00b'")
                .hasMessageContaining("NUL");
        assertThatThrownBy(() -> SafeRelativePath.check("a\\b")).hasMessageContaining("backslash");
        assertThatThrownBy(() -> SafeRelativePath.check("/abs")).hasMessageContaining("absolute");
        assertThat(new UnsafeFileNameException("../x", "r").getFileName()).isEqualTo("../x");
    }

    @Test
    void refusesAWayOutThroughASymbolicLink() throws Exception {
        Path outside = Files.createTempDirectory("outside");
        try {
            Path target = dir.resolve("target");
            Files.createDirectories(target);
            Files.createSymbolicLink(target.resolve("link"), outside);

            assertThatThrownBy(() -> SafeRelativePath.resolveForWrite(target, "link/x.txt"))
                    .isInstanceOf(UnsafeFileNameException.class).hasMessageContaining("symbolic link");
            Files.createSymbolicLink(target.resolve("file-link"), outside.resolve("f.txt"));
            assertThatThrownBy(() -> SafeRelativePath.resolveForWrite(target, "file-link"))
                    .isInstanceOf(UnsafeFileNameException.class);
            assertThat(SafeRelativePath.resolveForWrite(target, "new/dir/ok.txt"))
                    .isEqualTo(target.toAbsolutePath().resolve("new/dir/ok.txt"));
            assertThat(target.resolve("new/dir")).isDirectory();
        } finally {
            Files.walk(outside).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
