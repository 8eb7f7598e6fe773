package checkerdata

import (
	"bufio"
	"bytes"
	"embed"
	"encoding/json"
	"io/fs"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// The labelled sentences that train the checker's part classifiers. They
// are embedded here, in a test file only, so that the app binary never
// carries them.
//
//go:embed training/*.jsonl
var trainingFiles embed.FS

// trainingExample is the one shape a training line may have.
type trainingExample struct {
	Text  string   `json:"text"`
	Parts []string `json:"parts"`
}

// Floors for the amount of data each label needs to be worth training on.
const (
	minPositivesPerPart = 400
	minNoPartSentences  = 900
)

// TestTrainingDataIsClean checks every line of training/*.jsonl: exactly
// the two fields, valid parts listed once, a non-empty trimmed text that no
// other line repeats, and enough examples of every part and of none.
func TestTrainingDataIsClean(t *testing.T) {
	names, err := fs.Glob(trainingFiles, "training/*.jsonl")
	if err != nil || len(names) == 0 {
		t.Fatalf("no training files embedded: %v", err)
	}
	valid := map[string]bool{}
	for _, p := range []string{"ownership", "specificity", "impact", "remedy", "commitment"} {
		valid[p] = true
	}
	positives := map[string]int{}
	none := 0
	seen := map[string]string{}
	for _, name := range names {
		b, err := fs.ReadFile(trainingFiles, name)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(b) {
			t.Errorf("%s is not valid UTF-8", name)
		}
		sc := bufio.NewScanner(bytes.NewReader(b))
		n := 0
		for sc.Scan() {
			n++
			line := sc.Text()
			where := name + ":" + strconv.Itoa(n)
			var ex trainingExample
			dec := json.NewDecoder(strings.NewReader(line))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&ex); err != nil {
				t.Errorf("%s: %v", where, err)
				continue
			}
			if dec.More() {
				t.Errorf("%s: more than one JSON value on the line", where)
			}
			if !strings.Contains(line, `"parts"`) || ex.Parts == nil {
				t.Errorf("%s: parts must be a list, [] for none", where)
			}
			if ex.Text == "" || strings.TrimSpace(ex.Text) != ex.Text {
				t.Errorf("%s: text is empty or has spaces at its ends: %q", where, ex.Text)
			}
			key := strings.ToLower(ex.Text)
			if first, dup := seen[key]; dup {
				t.Errorf("%s repeats the text of %s: %q", where, first, ex.Text)
			}
			seen[key] = where
			listed := map[string]bool{}
			for _, p := range ex.Parts {
				if !valid[p] {
					t.Errorf("%s: unknown part %q", where, p)
				}
				if listed[p] {
					t.Errorf("%s: part %q listed twice", where, p)
				}
				listed[p] = true
				positives[p]++
			}
			if len(ex.Parts) == 0 {
				none++
			}
		}
		if err := sc.Err(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if n == 0 {
			t.Errorf("%s has no lines", name)
		}
	}
	for p := range valid {
		if positives[p] < minPositivesPerPart {
			t.Errorf("part %s has %d positive sentences; want at least %d", p, positives[p], minPositivesPerPart)
		}
	}
	if none < minNoPartSentences {
		t.Errorf("%d sentences carry no part; want at least %d", none, minNoPartSentences)
	}
}
