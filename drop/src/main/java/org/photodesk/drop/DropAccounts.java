package org.photodesk.drop;

import java.util.Optional;

/** Who may drop files: checks a sender's name and password, and gives the account name to file their uploads under. */
@FunctionalInterface
public interface DropAccounts {

    /** The account of {@code user} when {@code password} is right and the account may send files; else empty. */
    Optional<String> verify(String user, String password);
}
