package guide

import (
	"mend/app/route"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Hit is a page of the guide that matches a search: a step, or one of the
// guide's pages beside the journey.
type Hit struct {
	_ [0]func() // not comparable: no generated equality function in app.wasm

	Slug  string
	Path  string // the page's route
	Title string
	// Snippet is a short excerpt of the page around the match, or the
	// step's summary when every word matched its title.
	Snippet string
	// MatchStart and MatchEnd are the byte offsets in Snippet of the first
	// matched word, for highlighting; both are 0 when Snippet has no match.
	MatchStart, MatchEnd int
}

// Search finds the guide's pages whose title and text contain every word
// of query: the steps, then the pages beside the journey that belong to the
// guide (not the page for the reader of a shared plan).
// Matching ignores case, treats curly and straight apostrophes alike, matches
// words by their beginning (so "promis" finds "promises") and accepts simple
// plurals ("boundaries" finds "boundary"). Pages whose title holds every word
// come first, then the pages where the words are most frequent; ties keep
// journey order, steps first. A query with no words returns nil.
func Search(query string) []Hit {
	terms := searchTerms(query)
	if len(terms) == 0 {
		return nil
	}
	buildIndex.Do(indexSteps)

	var found []ranked
	for i, d := range index {
		r := ranked{order: i}
		matches := true
		rarest, fewest := "", 0
		for _, term := range terms {
			title := wordAt(d.title, term, 0) >= 0
			n := d.weigh(term)
			if !title && n == 0 {
				matches = false
				break
			}
			if title {
				r.inTitle++
			}
			r.occurrences += n
			if n > 0 && (rarest == "" || n < fewest) {
				rarest, fewest = term, n
			}
		}
		if !matches {
			continue
		}
		r.titleAll = r.inTitle == len(terms)
		r.hit = d.hit(terms, rarest, r.titleAll)
		found = append(found, r)
	}
	// A hand-written insertion sort of positions: a search finds at most a
	// few dozen pages, and it adds far less to the wasm than slices' sorts.
	order := make([]int, len(found))
	for i := range order {
		order[i] = i
		for j := i; j > 0 && ranksBefore(found[order[j]], found[order[j-1]]); j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	hits := make([]Hit, len(found))
	for i, k := range order {
		hits[i] = found[k].hit
	}
	return hits
}

// ranked is a page that matched a search, with what orders it among the
// others.
type ranked struct {
	_ [0]func() // not comparable: no generated equality function in app.wasm

	hit         Hit
	titleAll    bool
	inTitle     int
	occurrences int // whole-word matches count double
	order       int
}

// ranksBefore reports whether a comes before b in the results: pages whose
// title holds every word first, then more words in the title, then more
// occurrences, then journey order.
func ranksBefore(a, b ranked) bool {
	switch {
	case a.titleAll != b.titleAll:
		return a.titleAll
	case a.inTitle != b.inTitle:
		return a.inTitle > b.inTitle
	case a.occurrences != b.occurrences:
		return a.occurrences > b.occurrences
	}
	return a.order < b.order
}

// searchDoc is one page prepared for searching. text is the folded form of
// original, and offsets maps each byte of text (and its end) to the byte of
// original it came from, so a match in text can be shown from original.
type searchDoc struct {
	slug, path, displayTitle, summary string
	title                             string // folded
	text                              string // folded; one line per paragraph
	original                          string
	offsets                           []int32
}

var (
	buildIndex sync.Once
	index      []searchDoc
)

// indexSteps prepares the folded text of every page, once, on first search.
func indexSteps() {
	index = make([]searchDoc, 0, len(Steps)+len(Pages))
	for _, s := range Steps {
		var evidence []Paragraph
		if s.Evidence != nil {
			evidence = s.Evidence.Text
		}
		var pairs []Paragraph
		for _, pair := range s.Pairs {
			pairs = append(pairs, pair.Say, pair.NotThat)
		}
		lines := []string{s.Summary}
		for _, group := range [][]Paragraph{s.Asks, s.Why, evidence, s.Do, s.Dont, pairs, s.Exercise, s.Others} {
			for _, p := range group {
				lines = append(lines, p.String())
			}
		}
		lines = append(lines, s.Tool.Text)
		index = append(index, newSearchDoc(s.Slug, route.Step(s.Slug), s.Title, s.Summary, lines))
	}
	for _, p := range Pages {
		if p.ForReader {
			continue
		}
		lines := []string{p.Summary}
		for _, sec := range p.Sections {
			lines = append(lines, sec.Heading)
			for _, b := range sec.Blocks {
				lines = append(lines, b.Text.String())
			}
		}
		index = append(index, newSearchDoc(p.Slug, p.Path, p.Title, p.Summary, lines))
	}
}

// newSearchDoc folds a page's title and lines of text for searching.
func newSearchDoc(slug, path, title, summary string, lines []string) searchDoc {
	original := strings.Join(lines, "\n")
	text, offsets := fold(original)
	folded, _ := fold(title)
	return searchDoc{
		slug: slug, path: path, displayTitle: title, summary: summary,
		title: folded, text: text, original: original, offsets: offsets,
	}
}

// fold lower-cases s and straightens its quotes, returning the folded text
// and, for each of its bytes and its end, the offset in s it came from.
func fold(s string) (string, []int32) {
	var b strings.Builder
	b.Grow(len(s))
	offsets := make([]int32, 0, len(s)+1)
	for i, r := range s {
		switch r {
		case '’', '‘', 'ʼ', '`', '´':
			r = '\''
		case '“', '”', '„':
			r = '"'
		default:
			r = unicode.ToLower(r)
		}
		n, _ := b.WriteRune(r)
		for range n {
			offsets = append(offsets, int32(i))
		}
	}
	offsets = append(offsets, int32(len(s)))
	return b.String(), offsets
}

// searchTerms splits a query into folded, de-pluralised words.
func searchTerms(query string) []string {
	folded, _ := fold(query)
	words := strings.FieldsFunc(folded, func(r rune) bool {
		return !isWordRune(r) && r != '\''
	})
	var terms []string
	for _, w := range words {
		w = stem(strings.Trim(w, "'"))
		if w != "" && !slices.Contains(terms, w) {
			terms = append(terms, w)
		}
	}
	return terms
}

// stem cuts a simple English plural (or a final consonant-y) so that, as a
// word prefix, it matches both the singular and the plural.
func stem(w string) string {
	if len(w) <= 3 {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) >= 6:
		return w[:len(w)-3] // boundaries → boundar
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"),
		strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		return w[:len(w)-2] // kisses → kiss
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1] // promises → promise
	case strings.HasSuffix(w, "y") && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] // boundary → boundar
	}
	return w
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordAt returns the first offset at or after from where a word of text
// begins with term, or -1.
func wordAt(text, term string, from int) int {
	for from <= len(text) {
		i := strings.Index(text[from:], term)
		if i < 0 {
			return -1
		}
		at := from + i
		if before, _ := utf8.DecodeLastRuneInString(text[:at]); at == 0 || !isWordRune(before) {
			return at
		}
		from = at + 1
	}
	return -1
}

// weigh counts the words of the document's text that begin with term,
// counting twice those that are term itself or its plural, so "ex" ranks a
// page saying "ex" above pages saying "explain".
func (d searchDoc) weigh(term string) int {
	n := 0
	for at := wordAt(d.text, term, 0); at >= 0; at = wordAt(d.text, term, at+len(term)) {
		n++
		if rest := d.text[at+len(term) : wordEnd(d.text, at)]; rest == "" || rest == "s" {
			n++
		}
	}
	return n
}

// snippetLength is roughly how many bytes of context a hit shows: two short
// lines on a phone.
const snippetLength = 140

// hit builds the search result for a matching document; rarest is the
// query term that occurs least often in its text ("" if only in the title).
func (d searchDoc) hit(terms []string, rarest string, titleAll bool) Hit {
	h := Hit{Slug: d.slug, Path: d.path, Title: d.displayTitle}
	if titleAll {
		h.Snippet = d.summary
		folded, offsets := fold(d.summary)
		for _, term := range terms {
			if at := wordAt(folded, term, 0); at >= 0 {
				h.MatchStart, h.MatchEnd = int(offsets[at]), int(offsets[wordEnd(folded, at)])
				break
			}
		}
		return h
	}
	// Show the rarest term of the query: it is usually the most telling.
	at := wordAt(d.text, rarest, 0)
	start, end := int(d.offsets[at]), int(d.offsets[wordEnd(d.text, at)])
	h.Snippet, h.MatchStart, h.MatchEnd = excerpt(d.original, start, end)
	return h
}

// wordEnd returns the offset just past the word that starts at at.
func wordEnd(text string, at int) int {
	for at < len(text) {
		r, size := utf8.DecodeRuneInString(text[at:])
		if !isWordRune(r) && r != '\'' {
			break
		}
		at += size
	}
	return at
}

// excerpt cuts the paragraph of s holding s[start:end] down to about
// snippetLength bytes around it, at word boundaries, marking cuts with "…".
func excerpt(s string, start, end int) (snippet string, matchStart, matchEnd int) {
	lineStart := strings.LastIndexByte(s[:start], '\n') + 1
	lineEnd := len(s)
	if i := strings.IndexByte(s[end:], '\n'); i >= 0 {
		lineEnd = end + i
	}
	from, to := lineStart, lineEnd
	if to-from > snippetLength {
		from = max(lineStart, start-snippetLength/3)
		if from > lineStart {
			if i := strings.IndexByte(s[from:start], ' '); i >= 0 {
				from += i + 1
			} else {
				from = start
			}
		}
		to = min(lineEnd, max(end, from+snippetLength))
		if to < lineEnd {
			if i := strings.LastIndexByte(s[end:to], ' '); i >= 0 {
				to = end + i
			} else {
				to = end
			}
		}
	}
	prefix, suffix := "", ""
	if from > lineStart {
		prefix = "…"
	}
	if to < lineEnd {
		suffix = "…"
	}
	snippet = prefix + s[from:to] + suffix
	return snippet, start - from + len(prefix), end - from + len(prefix)
}
