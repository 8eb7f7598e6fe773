package main

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"mend/app/journey"
	"mend/app/plan"
	"mend/app/route"
)

// The parsed guide. These mirror the types of package guide but are the
// generator's own, so that the generator still builds when guide_gen.go is
// stale or broken.
type (
	span struct {
		Text     string
		Emphasis bool
		Href     string
	}
	paragraph []span
	link      struct{ Text, Href string }
	sayPair   struct{ Say, NotThat paragraph }
	evidence  struct {
		Keys []string
		Text []paragraph
	}
	step struct {
		Index    int // position in journey.Steps
		Summary  string
		Asks     []paragraph
		Why      []paragraph
		Evidence *evidence
		Do       []paragraph
		Dont     []paragraph
		Pairs    []sayPair
		Exercise []paragraph
		Others   []paragraph
		Tool     link
	}
	// block is a paragraph, or an item of the list it belongs to.
	pageBlock struct {
		Text paragraph
		Item bool
	}
	pageSection struct {
		ID, Title string
		Blocks    []pageBlock
	}
	// page is a page beside the journey (journey.Pages).
	page struct {
		Index    int // position in journey.Pages
		Summary  string
		Sections []pageSection
		Evidence *evidence
	}
	home struct {
		Intro     []paragraph
		Reminders []paragraph
	}
	source struct {
		Key, Short string
		Citation   paragraph
		Finding    paragraph
	}
	guideData struct {
		Steps   []step
		Pages   []page
		Home    home
		Sources []source
	}
)

func (p paragraph) String() string {
	var b strings.Builder
	for _, s := range p {
		b.WriteString(s.Text)
	}
	return b.String()
}

// planSections are the anchors of the repair plan's sections
// (/plan#<anchor>): the section ids app/plan defines and the plan page uses.
var planSections = func() []string {
	var ids []string
	for _, s := range plan.Sections {
		ids = append(ids, string(s.ID))
	}
	return ids
}()

// placeholder matches text that must never ship.
var placeholder = regexp.MustCompile(`(?i)lorem|todo|tbd|fixme|xxx`)

var sourceKey = regexp.MustCompile(`^[a-z]+[0-9]{4}[a-z]?$`)

const maxSummary = 120 // characters: one line on a phone, and a good page description

// problems collects every error found, each prefixed with file:line, so a
// writer sees all of them in one run.
type problems struct{ errs []error }

func (p *problems) add(file string, line int, format string, args ...any) {
	p.errs = append(p.errs, fmt.Errorf("%s:%d: %s", file, line, fmt.Sprintf(format, args...)))
}

func (p *problems) err() error { return errors.Join(p.errs...) }

// parseGuide reads and checks every Markdown file of the guide in fsys.
func parseGuide(fsys fs.FS) (*guideData, error) {
	var p problems
	g := &guideData{}
	g.Sources = parseSources(fsys, &p)
	known := map[string]bool{}
	for _, s := range g.Sources {
		known[s.Key] = true
	}
	g.Home = parseHome(fsys, &p)

	entries, err := fs.ReadDir(fsys, "steps")
	if err != nil {
		return nil, fmt.Errorf("reading the steps directory: %w", err)
	}
	for _, e := range entries {
		slug, ok := strings.CutSuffix(e.Name(), ".md")
		if !ok || !journey.Valid(slug) {
			p.add(path.Join("steps", e.Name()), 1, "no journey step has this file name; step pages are named <slug>.md after the slugs in app/journey")
		}
	}
	cited := map[string]bool{}
	for i, js := range journey.Steps {
		file := path.Join("steps", js.Slug+".md")
		src, err := fs.ReadFile(fsys, file)
		if err != nil {
			p.add(file, 1, "missing: every journey step needs a page (%v)", err)
			continue
		}
		s := parseStep(file, string(src), known, &p)
		s.Index = i
		if s.Evidence != nil {
			for _, k := range s.Evidence.Keys {
				cited[k] = true
			}
		}
		g.Steps = append(g.Steps, s)
	}
	g.Pages = parsePages(fsys, known, &p)
	for _, pg := range g.Pages {
		if pg.Evidence != nil {
			for _, k := range pg.Evidence.Keys {
				cited[k] = true
			}
		}
	}
	for _, s := range g.Sources {
		if !cited[s.Key] {
			p.add("sources.md", 1, "source %q is listed but nothing in the guide cites it", s.Key)
		}
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	return g, nil
}

// line is one line of a file with its 1-based number.
type line struct {
	n    int
	text string
}

type section struct {
	title string
	line  int
	body  []line
}

// document is a file split into front matter and "## " sections.
type document struct {
	file     string
	front    map[string]line
	sections []section
	lastLine int
}

// split cuts a file into front matter (when wantFront) and sections,
// rejecting Markdown this format does not support.
func split(file, src string, wantFront bool, p *problems) document {
	d := document{file: file, front: map[string]line{}}
	lines := strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
	d.lastLine = len(lines)
	i := 0
	if wantFront {
		if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
			p.add(file, 1, "the page must start with front matter: a line \"---\", \"key: value\" lines, and a closing \"---\"")
		} else {
			closed := false
			for i = 1; i < len(lines); i++ {
				t := strings.TrimSpace(lines[i])
				if t == "---" {
					closed = true
					i++
					break
				}
				if t == "" {
					continue
				}
				key, value, ok := strings.Cut(t, ":")
				if !ok {
					p.add(file, i+1, "front matter lines look like \"key: value\", got %q", t)
					continue
				}
				key = strings.TrimSpace(key)
				if _, dup := d.front[key]; dup {
					p.add(file, i+1, "front matter key %q appears twice", key)
				}
				d.front[key] = line{i + 1, strings.TrimSpace(value)}
			}
			if !closed {
				p.add(file, 1, "the front matter is never closed with a \"---\" line")
			}
		}
	}
	var cur *section
	for ; i < len(lines); i++ {
		n, raw := i+1, strings.TrimRight(lines[i], " \t")
		if placeholder.MatchString(raw) {
			p.add(file, n, "placeholder text %q must be replaced by real writing", placeholder.FindString(raw))
		}
		t := strings.TrimSpace(raw)
		switch {
		case strings.HasPrefix(raw, "## "):
			d.sections = append(d.sections, section{title: strings.TrimSpace(raw[3:]), line: n})
			cur = &d.sections[len(d.sections)-1]
			continue
		case strings.HasPrefix(t, "#"):
			p.add(file, n, "only \"## \" section headings are allowed, got %q", t)
			continue
		case strings.HasPrefix(t, "* "), strings.HasPrefix(t, "+ "), strings.HasPrefix(t, "> "),
			strings.HasPrefix(t, "```"), strings.HasPrefix(t, "|"), orderedItem(t):
			p.add(file, n, "unsupported markup %q: use paragraphs, \"- \" list items, *emphasis* and [links](/route) only", t)
			continue
		}
		if cur == nil {
			if t != "" {
				p.add(file, n, "text before the first \"## \" section heading")
			}
			continue
		}
		cur.body = append(cur.body, line{n, raw})
	}
	return d
}

func orderedItem(t string) bool {
	digits := strings.TrimLeft(t, "0123456789")
	return len(digits) < len(t) && (strings.HasPrefix(digits, ". ") || strings.HasPrefix(digits, ") "))
}

// block is a paragraph or a list item, with its source lines.
type block struct {
	line  int
	lines []string // trimmed
	item  bool
}

func (b block) text() string { return strings.Join(b.lines, " ") }

// blocks groups a section's lines into paragraphs and "- " list items.
func blocks(file string, body []line, p *problems) []block {
	var out []block
	var cur *block
	for _, l := range body {
		t := strings.TrimSpace(l.text)
		switch {
		case t == "":
			cur = nil
		case strings.HasPrefix(l.text, "- "):
			out = append(out, block{line: l.n, lines: []string{strings.TrimSpace(l.text[2:])}, item: true})
			cur = &out[len(out)-1]
		case strings.HasPrefix(l.text, " "):
			if cur == nil || !cur.item {
				p.add(file, l.n, "unexpected indentation: only the continuation of a \"- \" list item is indented")
				continue
			}
			cur.lines = append(cur.lines, t)
		default:
			if cur != nil && cur.item {
				p.add(file, l.n, "indent this line by two spaces to continue the list item above, or leave a blank line before a paragraph")
				continue
			}
			if cur == nil {
				out = append(out, block{line: l.n})
				cur = &out[len(out)-1]
			}
			cur.lines = append(cur.lines, t)
		}
	}
	return out
}

// checkSections reports sections that are unknown, repeated, out of order or
// missing, given the allowed titles in order. optional says which may be left
// out. It returns the sections by title.
func checkSections(d document, allowed []string, optional map[string]bool, p *problems) map[string]section {
	found := map[string]section{}
	last := -1
	for _, s := range d.sections {
		idx := slices.Index(allowed, s.title)
		switch {
		case idx < 0:
			p.add(d.file, s.line, "unknown section %q; the sections are, in order: %s", s.title, quoteList(allowed))
			continue
		case found[s.title].line != 0:
			p.add(d.file, s.line, "section %q appears twice", s.title)
			continue
		case idx < last:
			p.add(d.file, s.line, "section %q must come before %q", s.title, allowed[last])
		}
		last = max(last, idx)
		found[s.title] = s
	}
	for i, title := range allowed {
		if _, ok := found[title]; ok || optional[title] {
			continue
		}
		at := d.lastLine
		for _, later := range allowed[i+1:] {
			if s, ok := found[later]; ok {
				at = s.line
				break
			}
		}
		p.add(d.file, at, "missing section %q", title)
	}
	return found
}

func quoteList(titles []string) string {
	q := make([]string, len(titles))
	for i, t := range titles {
		q[i] = fmt.Sprintf("%q", t)
	}
	return strings.Join(q, ", ")
}

// paragraphs parses a section that holds paragraphs only.
func paragraphs(file string, s section, p *problems) []paragraph {
	var out []paragraph
	for _, b := range blocks(file, s.body, p) {
		if b.item {
			p.add(file, b.line, "section %q takes paragraphs, not list items", s.title)
			continue
		}
		out = append(out, inline(file, b.line, b.text(), p))
	}
	if len(out) == 0 {
		p.add(file, s.line, "section %q is empty", s.title)
	}
	return out
}

// items parses a section that holds a list only, with at least minItems.
func items(file string, s section, minItems int, p *problems) []paragraph {
	var out []paragraph
	for _, b := range blocks(file, s.body, p) {
		if !b.item {
			p.add(file, b.line, "section %q takes \"- \" list items, not paragraphs", s.title)
			continue
		}
		out = append(out, inline(file, b.line, b.text(), p))
	}
	if len(out) < minItems {
		p.add(file, s.line, "section %q needs at least %d items, has %d", s.title, minItems, len(out))
	}
	return out
}

var stepSections = []string{
	"What this step asks", "Why it matters", "Evidence", "Do", "Don't", "Say this, not that", "Exercise",
	"In other relationships",
}

// parseStep reads one step page; sources holds the keys sources.md defines.
func parseStep(file, src string, sources map[string]bool, p *problems) step {
	var s step
	d := split(file, src, true, p)
	for _, key := range slices.Sorted(maps.Keys(d.front)) {
		l := d.front[key]
		switch key {
		case "summary":
			s.Summary = plainLine(file, l, p)
		case "tool":
			s.Tool = toolLink(file, l, p)
		default:
			p.add(file, l.n, "unknown front matter key %q; step pages have \"summary\" and \"tool\"", key)
		}
	}
	for _, key := range []string{"summary", "tool"} {
		if _, ok := d.front[key]; !ok && len(d.front) > 0 {
			p.add(file, 1, "front matter needs a %q line", key)
		}
	}
	secs := checkSections(d, stepSections, map[string]bool{"Evidence": true}, p)
	if sec, ok := secs["What this step asks"]; ok {
		s.Asks = paragraphs(file, sec, p)
	}
	if sec, ok := secs["Why it matters"]; ok {
		s.Why = paragraphs(file, sec, p)
	}
	if sec, ok := secs["Evidence"]; ok {
		s.Evidence = parseEvidence(file, sec, sources, p)
	}
	if sec, ok := secs["Do"]; ok {
		s.Do = items(file, sec, 3, p)
	}
	if sec, ok := secs["Don't"]; ok {
		s.Dont = items(file, sec, 3, p)
	}
	if sec, ok := secs["Say this, not that"]; ok {
		s.Pairs = pairs(file, sec, p)
	}
	if sec, ok := secs["Exercise"]; ok {
		s.Exercise = paragraphs(file, sec, p)
	}
	if sec, ok := secs["In other relationships"]; ok {
		s.Others = paragraphs(file, sec, p)
	}
	return s
}

// parsePages reads pages/<slug>.md for every page beside the journey.
func parsePages(fsys fs.FS, sources map[string]bool, p *problems) []page {
	entries, err := fs.ReadDir(fsys, "pages")
	if err != nil {
		p.add("pages", 1, "reading the pages directory: %v", err)
		return nil
	}
	for _, e := range entries {
		slug, ok := strings.CutSuffix(e.Name(), ".md")
		if _, known := journey.LookupPage(slug); !ok || !known {
			p.add(path.Join("pages", e.Name()), 1, "no page of app/journey has this file name; pages are named <slug>.md after journey.Pages")
		}
	}
	var out []page
	for i, jp := range journey.Pages {
		file := path.Join("pages", jp.Slug+".md")
		src, err := fs.ReadFile(fsys, file)
		if err != nil {
			p.add(file, 1, "missing: every page of journey.Pages needs its words here (%v)", err)
			continue
		}
		pg := parsePage(file, string(src), sources, p)
		pg.Index = i
		out = append(out, pg)
	}
	return out
}

// parsePage reads a page beside the journey: a summary in front matter,
// then sections under headings of the writer's choosing, each holding
// paragraphs and "- " lists, and an optional "Evidence" section last.
func parsePage(file, src string, sources map[string]bool, p *problems) page {
	var pg page
	d := split(file, src, true, p)
	for _, key := range slices.Sorted(maps.Keys(d.front)) {
		l := d.front[key]
		if key != "summary" {
			p.add(file, l.n, "unknown front matter key %q; pages have only \"summary\"", key)
			continue
		}
		pg.Summary = plainLine(file, l, p)
	}
	if _, ok := d.front["summary"]; !ok && len(d.front) > 0 {
		p.add(file, 1, "front matter needs a \"summary\" line")
	}
	ids := map[string]bool{}
	for i, sec := range d.sections {
		if sec.title == "Evidence" {
			if i != len(d.sections)-1 {
				p.add(file, sec.line, "the Evidence section comes last on a page")
			}
			pg.Evidence = parseEvidence(file, sec, sources, p)
			continue
		}
		id := sectionID(sec.title)
		if id == "" || ids[id] {
			p.add(file, sec.line, "section heading %q must be words, and different from the other headings", sec.title)
		}
		ids[id] = true
		ps := pageSection{ID: id, Title: smartQuotes(file, sec.line, sec.title, p)}
		for _, b := range blocks(file, sec.body, p) {
			ps.Blocks = append(ps.Blocks, pageBlock{Text: inline(file, b.line, b.text(), p), Item: b.item})
		}
		if len(ps.Blocks) == 0 {
			p.add(file, sec.line, "section %q is empty", sec.title)
		}
		pg.Sections = append(pg.Sections, ps)
	}
	if len(pg.Sections) == 0 {
		p.add(file, d.lastLine, "a page needs at least one \"## \" section")
	}
	return pg
}

// sectionID turns a heading into the id its section is linked by:
// lower-case words joined by hyphens.
func sectionID(title string) string {
	words := strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	return strings.Join(words, "-")
}

func parseEvidence(file string, sec section, sources map[string]bool, p *problems) *evidence {
	e := &evidence{}
	body := sec.body
	for len(body) > 0 && strings.TrimSpace(body[0].text) == "" {
		body = body[1:]
	}
	keys, ok := "", false
	if len(body) > 0 {
		keys, ok = strings.CutPrefix(strings.TrimSpace(body[0].text), "Sources:")
	}
	if !ok {
		p.add(file, sec.line, "the Evidence section starts with a line \"Sources: key, key\" naming entries of sources.md")
		return e
	}
	for _, k := range strings.Split(keys, ",") {
		k = strings.TrimSpace(k)
		if !sources[k] {
			p.add(file, body[0].n, "evidence cites %q, which sources.md does not define", k)
		}
		e.Keys = append(e.Keys, k)
	}
	e.Text = paragraphs(file, section{title: sec.title, line: sec.line, body: body[1:]}, p)
	return e
}

// pairs parses "- Say: ..." items, each continued by an indented "Not: ..." line.
func pairs(file string, sec section, p *problems) []sayPair {
	var out []sayPair
	for _, b := range blocks(file, sec.body, p) {
		say, ok := strings.CutPrefix(b.lines[0], "Say:")
		if !b.item || !ok {
			p.add(file, b.line, "each pair is a list item starting \"- Say: \", followed by an indented \"Not: \" line")
			continue
		}
		k := slices.IndexFunc(b.lines, func(l string) bool { return strings.HasPrefix(l, "Not:") })
		if k < 1 {
			p.add(file, b.line, "this pair has no indented \"Not: \" line after its \"Say: \" line")
			continue
		}
		not := strings.Join(b.lines[k:], " ")[len("Not:"):]
		say = strings.Join(append([]string{say}, b.lines[1:k]...), " ")
		out = append(out, sayPair{
			Say:     inline(file, b.line, say, p),
			NotThat: inline(file, b.line+k, not, p),
		})
	}
	if len(out) < 2 || len(out) > 4 {
		p.add(file, sec.line, "section %q needs two to four pairs, has %d", sec.title, len(out))
	}
	return out
}

// plainLine checks a front matter value that must be plain text on one line.
func plainLine(file string, l line, p *problems) string {
	text := smartQuotes(file, l.n, l.text, p)
	if strings.ContainsAny(text, "*[]<>`") {
		p.add(file, l.n, "%q must be plain text, without markup", text)
	}
	if text == "" {
		p.add(file, l.n, "empty value")
	}
	if n := utf8.RuneCountInString(text); n > maxSummary {
		p.add(file, l.n, "the summary has %d characters; keep it to one line of at most %d", n, maxSummary)
	}
	return text
}

// toolLink parses a front matter value that must be exactly one link.
func toolLink(file string, l line, p *problems) link {
	para := inline(file, l.n, l.text, p)
	if len(para) != 1 || para[0].Href == "" || para[0].Emphasis {
		p.add(file, l.n, "tool must be a single link, [text](/route), got %q", l.text)
		return link{}
	}
	return link{Text: para[0].Text, Href: para[0].Href}
}

func parseHome(fsys fs.FS, p *problems) home {
	const file = "journey.md"
	src, err := fs.ReadFile(fsys, file)
	if err != nil {
		p.add(file, 1, "missing: the journey home text lives here (%v)", err)
		return home{}
	}
	d := split(file, string(src), false, p)
	secs := checkSections(d, []string{"Introduction", "Reminders"}, nil, p)
	var h home
	if sec, ok := secs["Introduction"]; ok {
		h.Intro = paragraphs(file, sec, p)
	}
	if sec, ok := secs["Reminders"]; ok {
		h.Reminders = items(file, sec, 3, p)
	}
	return h
}

func parseSources(fsys fs.FS, p *problems) []source {
	const file = "sources.md"
	src, err := fs.ReadFile(fsys, file)
	if err != nil {
		p.add(file, 1, "missing: the research the guide cites is listed here (%v)", err)
		return nil
	}
	d := split(file, string(src), false, p)
	var out []source
	seen := map[string]bool{}
	for _, sec := range d.sections {
		key, short, ok := strings.Cut(sec.title, ":")
		key, short = strings.TrimSpace(key), strings.TrimSpace(short)
		if !ok || !sourceKey.MatchString(key) || short == "" {
			p.add(file, sec.line, "a source is headed \"## key: Short label\", like \"## lewicki2016: Lewicki, Polin & Lount (2016)\"; got %q", sec.title)
			continue
		}
		if seen[key] {
			p.add(file, sec.line, "source %q appears twice", key)
			continue
		}
		seen[key] = true
		paras := paragraphs(file, sec, p)
		if len(paras) != 2 {
			p.add(file, sec.line, "source %q needs two paragraphs: the full citation, then what the guide uses it for", key)
			continue
		}
		out = append(out, source{Key: key, Short: smartQuotes(file, sec.line, short, p), Citation: paras[0], Finding: paras[1]})
	}
	if len(d.sections) == 0 {
		p.add(file, 1, "no sources: each is a \"## key: Short label\" section")
	}
	return out
}

// checkLink returns why href is not a valid in-app route, or "" when it is.
func checkLink(href string) string {
	if strings.Contains(href, "://") || strings.HasPrefix(href, "//") || strings.HasPrefix(href, "mailto:") {
		return fmt.Sprintf("link %q leaves the app; the guide links only to in-app routes", href)
	}
	page, anchor, hasAnchor := strings.Cut(href, "#")
	if !route.Linkable(page) {
		return fmt.Sprintf("link to %q, which is not a route of the app", href)
	}
	if hasAnchor && (page != route.Plan || !slices.Contains(planSections, anchor)) {
		return fmt.Sprintf("link to %q: only /plan has section anchors, and they are %s", href, strings.Join(planSections, ", "))
	}
	return ""
}

// inline parses *emphasis* and [text](/route) links in one paragraph.
func inline(file string, n int, text string, p *problems) paragraph {
	text = strings.Join(strings.Fields(smartQuotes(file, n, text, p)), " ")
	var out paragraph
	var buf strings.Builder
	emphasis := false
	flush := func() {
		if buf.Len() > 0 {
			out = append(out, span{Text: buf.String(), Emphasis: emphasis})
			buf.Reset()
		}
	}
	for i := 0; i < len(text); {
		switch c := text[i]; c {
		case '*':
			if buf.Len() == 0 && emphasis {
				p.add(file, n, "empty *emphasis*")
			}
			flush()
			emphasis = !emphasis
			i++
		case '[':
			end := strings.Index(text[i:], "](")
			closing := -1
			if end >= 0 {
				closing = strings.IndexByte(text[i+end:], ')')
			}
			if end < 0 || closing < 0 {
				p.add(file, n, "a \"[\" must start a link written [text](/route)")
				i++
				continue
			}
			label := text[i+1 : i+end]
			href := text[i+end+2 : i+end+closing]
			if label == "" || strings.ContainsAny(label, "[]*") {
				p.add(file, n, "link text %q must be plain, non-empty text", label)
			}
			if why := checkLink(href); why != "" {
				p.add(file, n, "%s", why)
			}
			flush()
			out = append(out, span{Text: label, Emphasis: emphasis, Href: href})
			i += end + closing + 1
		case ']', '<', '>', '`', '\\':
			p.add(file, n, "unsupported character %q: the guide allows only *emphasis* and [links](/route)", c)
			i++
		default:
			buf.WriteByte(c)
			i++
		}
	}
	if emphasis {
		p.add(file, n, "*emphasis* is opened but never closed")
	}
	flush()
	if len(out) == 0 {
		p.add(file, n, "empty text")
	}
	return out
}

// smartQuotes turns straight quotes into typographic ones. A double quote
// opens after a space, an opening bracket or a dash; a single quote is only
// ever an apostrophe, so it must follow a letter or digit.
func smartQuotes(file string, n int, text string, p *problems) string {
	var b strings.Builder
	prev := ' ' // the previous rune that is not markup
	for _, r := range text {
		switch r {
		case '\'':
			if !unicode.IsLetter(prev) && !unicode.IsDigit(prev) {
				p.add(file, n, "a single quote may only be an apostrophe; use double quotes for quotations")
			}
			r = '’'
		case '"':
			if unicode.IsSpace(prev) || strings.ContainsRune("([—–/", prev) {
				r = '“'
			} else {
				r = '”'
			}
		}
		b.WriteRune(r)
		if r != '*' && r != '[' {
			prev = r
		}
	}
	return b.String()
}
