package org.datagraal.binding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths are judged by where the kernel would take them, not by how they are spelled. */
class FileAccessTest {
    @TempDir
    Path temp;

    private Path root;
    private Path outside;

    private FileAccess setUp() throws IOException {
        root = Files.createDirectories(temp.resolve("root"));
        outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret"), "x");
        Files.createDirectories(root.resolve("sub"));
        return FileAccess.within(List.of(root));
    }

    @Test
    void pathsUnderTheRootExistingOrNotAreAllowed() throws IOException {
        FileAccess access = setUp();
        assertTrue(access.allows(root, true));
        assertTrue(access.allows(root.resolve("sub"), true));
        assertTrue(access.allows(root.resolve("sub/new/deeper.txt"), true));
        assertTrue(access.allows(root.resolve("sub/../file"), true));
    }

    @Test
    void dotDotAndSiblingsWithTheRootsNameAsPrefixAreRefused() throws IOException {
        FileAccess access = setUp();
        assertFalse(access.allows(root.resolve("../outside/secret"), true));
        assertFalse(access.allows(root.resolve("missing/../../outside/secret"), true));
        assertFalse(access.allows(temp.resolve("root-sibling/file"), true));
        assertFalse(access.allows(Path.of("/"), true));
    }

    @Test
    void linksAreJudgedByTheirTargetUnlessTheLinkItselfIsMeant() throws IOException {
        FileAccess access = setUp();
        Path fileLink = Files.createSymbolicLink(root.resolve("file-link"), outside.resolve("secret"));
        Path folderLink = Files.createSymbolicLink(root.resolve("folder-link"), outside);
        assertFalse(access.allows(fileLink, true));
        assertTrue(access.allows(fileLink, false));   // lstat or unlink of the link itself
        assertFalse(access.allows(folderLink.resolve("secret"), true));
        assertFalse(access.allows(folderLink.resolve("secret"), false));
        assertFalse(access.allows(folderLink.resolve("not-yet"), false));
        // The kernel takes ".." after a link from the link's target: here, out of the root.
        assertFalse(access.allows(root.resolve("folder-link/../outside/secret"), true));
        // A link from outside into the root leads inside.
        Path inward = Files.createSymbolicLink(outside.resolve("inward"), root.resolve("sub"));
        assertTrue(access.allows(inward.resolve("file"), true));
    }

    @Test
    void aRootThatIsALinkIsTheFolderItLeadsTo() throws IOException {
        setUp();
        Path linkedRoot = Files.createSymbolicLink(temp.resolve("linked-root"), root);
        FileAccess access = FileAccess.within(List.of(linkedRoot));
        assertTrue(access.allows(root.resolve("sub"), true));
        assertTrue(access.allows(linkedRoot.resolve("sub"), true));
        assertFalse(access.allows(outside, true));
    }

    @Test
    void unrestrictedAllowsEverything() {
        assertTrue(FileAccess.unrestricted().allows(Path.of("/etc/hostname"), true));
    }
}
