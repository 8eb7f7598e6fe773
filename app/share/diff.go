package share

import (
	"slices"

	"mend/app/plan"
)

// Changes is what differs between two shared plans — an earlier link and a
// newer one — so that quiet changes become visible: to the partner who kept
// a copy, and to the user before they share again.
type Changes struct {
	// Commitments that are new, gone, or changed in words or schedule.
	// They are compared by entry ID, which stays the same from one link
	// to the next (see Shared.Plan). Empty unless both links share the
	// commitments section.
	Added, Removed []plan.Commitment
	Changed        []CommitmentChange
	// Sections shared in both whose words differ (other than commitments),
	// and sections that are newly shared or no longer shared, in display
	// order.
	Reworded, NowShared, NoLongerShared []plan.Section
}

// CommitmentChange is one commitment as it was and as it is now.
type CommitmentChange struct {
	Before, After plan.Commitment
}

// None reports whether nothing changed.
func (c Changes) None() bool {
	return len(c.Added) == 0 && len(c.Removed) == 0 && len(c.Changed) == 0 &&
		len(c.Reworded) == 0 && len(c.NowShared) == 0 && len(c.NoLongerShared) == 0
}

// Same reports whether a and b are the same link's content: the same share
// (version and time) of the same sections and words. A link copied by hand
// before the app counted the share can match another in version and time
// and still carry a different plan.
func Same(a, b Shared) bool {
	return a.Version == b.Version && a.SharedAt.Equal(b.SharedAt) && Compare(a, b).None()
}

// Before reports whether s was shared before other: an earlier version, or
// the same version made earlier.
func (s Shared) Before(other Shared) bool {
	return s.Version < other.Version || s.Version == other.Version && s.SharedAt.Before(other.SharedAt)
}

// Compare returns what changed from before to after. Only what the links
// carry is compared: a section shared in neither is never mentioned.
func Compare(before, after Shared) Changes {
	var c Changes
	for _, info := range plan.Sections {
		s := info.ID
		inBefore, inAfter := before.shares(s), after.shares(s)
		switch {
		case inBefore && !inAfter:
			c.NoLongerShared = append(c.NoLongerShared, s)
		case !inBefore && inAfter:
			c.NowShared = append(c.NowShared, s)
		case !inBefore:
			// Shared in neither.
		case info.Kind == plan.KindCommitments:
			c.Added, c.Removed, c.Changed = compareCommitments(before.Plan.Commitments, after.Plan.Commitments)
		case !sameSection(before.Plan, after.Plan, info):
			c.Reworded = append(c.Reworded, s)
		}
	}
	return c
}

// sameSection reports whether section s holds the same words, dates and
// order in both plans.
func sameSection(a, b plan.Plan, s plan.SectionInfo) bool {
	if s.Kind == plan.KindBoundaries || s.Kind == plan.KindQuestions {
		return s.SameEntries(&a, &b)
	}
	return slices.Equal(a.SectionText(s.ID), b.SectionText(s.ID))
}

func compareCommitments(before, after []plan.Commitment) (added, removed []plan.Commitment, changed []CommitmentChange) {
	for _, b := range before {
		i := findCommitment(after, b.ID)
		switch {
		case i < 0:
			removed = append(removed, b)
		case after[i] != b:
			changed = append(changed, CommitmentChange{b, after[i]})
		}
	}
	for _, a := range after {
		if findCommitment(before, a.ID) < 0 {
			added = append(added, a)
		}
	}
	return added, removed, changed
}

// shares reports whether s's link carries section id.
func (s Shared) shares(id plan.Section) bool {
	for _, sec := range s.Sections {
		if sec == id {
			return true
		}
	}
	return false
}

// findCommitment returns the position of the commitment with the given ID
// in list, or -1.
func findCommitment(list []plan.Commitment, id string) int {
	for i, c := range list {
		if c.ID == id {
			return i
		}
	}
	return -1
}
