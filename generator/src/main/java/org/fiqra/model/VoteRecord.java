package org.fiqra.model;

import java.util.List;

/** The recorded vote: the counts as announced and the member lists as printed. */
public record VoteRecord(Text statement, int inFavour, int against, int abstaining,
                         List<String> inFavourList, List<String> againstList, List<String> abstainingList) {
    public VoteRecord {
        inFavourList = List.copyOf(inFavourList);
        againstList = List.copyOf(againstList);
        abstainingList = List.copyOf(abstainingList);
    }
}
