package guide

import (
	"fmt"
	"strings"
	"testing"
)

func slugs(hits []Hit) []string {
	var s []string
	for _, h := range hits {
		s = append(s, h.Slug)
	}
	return s
}

func TestSearchFindsAStepByAWordFromItsBody(t *testing.T) {
	for _, tc := range []struct{ query, slug string }{
		{"necklace", "make-amends"},
		{"loopholes", "set-boundaries"},
		{"drip-feeding", "answer-honestly"},
		{"NECKLACE", "make-amends"},           // case
		{"arm's length", "rebuild-closeness"}, // several words, straight apostrophe
		{"arm’s length", "rebuild-closeness"}, // curly apostrophe
		{"loophole", "set-boundaries"},        // singular finds the plural
		{"humiliated alone", "listen"},
	} {
		hits := Search(tc.query)
		if len(hits) != 1 || hits[0].Slug != tc.slug {
			t.Errorf("Search(%q) = %v, want only %s", tc.query, slugs(hits), tc.slug)
			continue
		}
		h := hits[0]
		if h.Title == "" || h.Snippet == "" {
			t.Errorf("Search(%q) hit has no title or snippet: %+v", tc.query, h)
		}
	}
}

func TestSearchRanksTitleMatchesFirst(t *testing.T) {
	for _, tc := range []struct{ query, first string }{
		{"promises", "keep-promises"},
		{"listen", "listen"},
		{"change", "show-change"},
		{"honest", "answer-honestly"},
		{"Apologize", "apologize"},
		{"forgive yourself", "accept-and-forgive-yourself"},
	} {
		hits := Search(tc.query)
		if len(hits) < 2 || hits[0].Slug != tc.first {
			t.Errorf("Search(%q) = %v, want %s first, then the pages that mention it", tc.query, slugs(hits), tc.first)
		}
	}
}

func TestSearchFindsNothingForNonsenseOrEmptyQueries(t *testing.T) {
	for _, q := range []string{"", "   ", "?!", "qzxv", "necklace therapist", "blorptastic"} {
		if hits := Search(q); len(hits) != 0 {
			t.Errorf("Search(%q) = %v, want nothing", q, slugs(hits))
		}
	}
}

func TestSearchTreatsCurlyAndStraightApostrophesAlike(t *testing.T) {
	for _, pair := range [][2]string{{"don't lie", "don’t lie"}, {"arm's", "arm‘s"}, {"they'd", "they’d"}} {
		straight, curly := Search(pair[0]), Search(pair[1])
		if len(straight) == 0 || fmt.Sprint(straight) != fmt.Sprint(curly) {
			t.Errorf("Search(%q) = %v but Search(%q) = %v", pair[0], slugs(straight), pair[1], slugs(curly))
		}
	}
}

func TestSearchSnippetsShowTheMatch(t *testing.T) {
	for _, q := range []string{"therapist", "promis", "don’t", "counselor", "necklace", "ex", "a", "settle"} {
		hits := Search(q)
		if len(hits) == 0 {
			t.Errorf("Search(%q) found nothing", q)
		}
		for _, h := range hits {
			if h.MatchStart == 0 && h.MatchEnd == 0 {
				continue // a title match whose summary lacks the word
			}
			if h.MatchStart < 0 || h.MatchEnd > len(h.Snippet) || h.MatchStart >= h.MatchEnd {
				t.Errorf("Search(%q) %s: match %d..%d outside snippet %q", q, h.Slug, h.MatchStart, h.MatchEnd, h.Snippet)
				continue
			}
			word := strings.ToLower(strings.ReplaceAll(h.Snippet[h.MatchStart:h.MatchEnd], "’", "'"))
			if !strings.HasPrefix(word, strings.ToLower(strings.ReplaceAll(q, "’", "'"))) {
				t.Errorf("Search(%q) %s highlights %q in %q", q, h.Slug, word, h.Snippet)
			}
			if n := len([]rune(h.Snippet)); n > snippetLength+40 {
				t.Errorf("Search(%q) %s: snippet of %d characters is too long: %q", q, h.Slug, n, h.Snippet)
			}
		}
	}
}

func TestSearchTerms(t *testing.T) {
	for _, tc := range []struct{ query, want string }{
		{"Boundaries", "boundar"},
		{"boundary", "boundar"},
		{"promises", "promise"},
		{"kisses", "kiss"},
		{"lies", "lie"},
		{"stress", "stress"},
		{"they’d  THEY'D", "they'd"},
		{"'quoted' words", "quoted word"},
		{"say", "say"},
	} {
		if got := strings.Join(searchTerms(tc.query), " "); got != tc.want {
			t.Errorf("searchTerms(%q) = %q, want %q", tc.query, got, tc.want)
		}
	}
}

func ExampleSearch() {
	for _, hit := range Search("Listen") {
		fmt.Println(hit.Title)
	}
	hit := Search("necklace")[0]
	fmt.Println(hit.Slug)
	fmt.Println(hit.Snippet)
	fmt.Println(hit.Snippet[hit.MatchStart:hit.MatchEnd])
	// Output:
	// Listen
	// Explain and prevent
	// Set boundaries
	// Rebuild closeness
	// Accept and forgive yourself
	// make-amends
	// I bought you that necklace, so can we call it even?
	// necklace
}

// BenchmarkSearch measures searching as someone types: a short prefix that
// matches many pages, a whole word, two words, and a word found nowhere.
func BenchmarkSearch(b *testing.B) {
	Search("warm up the index")
	for _, q := range []string{"pa", "promises", "don’t lie", "blorptastic"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				Search(q)
			}
		})
	}
}

func TestSearchFindsTheGuidesPagesBesideTheJourney(t *testing.T) {
	for _, tc := range []struct{ query, slug, path string }{
		{"affair", "after-an-affair", "/guide/after-an-affair"},
		{"programs abuse", "safety", "/guide/safety"},
		{"mediator", "when-they-say-no", "/guide/when-they-say-no"},
	} {
		hits := Search(tc.query)
		if len(hits) == 0 || hits[0].Slug != tc.slug || hits[0].Path != tc.path {
			t.Errorf("Search(%q) = %v, want %s first, at %s", tc.query, slugs(hits), tc.slug, tc.path)
		}
	}
	reader := Pages[len(Pages)-1]
	if !reader.ForReader {
		t.Fatalf("the last page, %s, is not the reader's; this test needs the reader's page", reader.Slug)
	}
	for _, hit := range Search(reader.Sections[0].Heading) {
		if hit.Slug == reader.Slug {
			t.Errorf("searching the guide finds %s, the page for the reader of a shared plan", reader.Slug)
		}
	}
	for _, hit := range Search("listen") {
		if hit.Path != "/guide/"+hit.Slug {
			t.Errorf("step %s is at %q", hit.Slug, hit.Path)
		}
	}
}
