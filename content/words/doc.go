// Package words holds the app's fixed words that are neither the guide
// (content/guide) nor the checker's rules (content/checker): the patience
// messages on the progress page, the apology page's examples and the names
// of the checker's categories. Writers change them here without touching
// Go; the packages under app/ read them through this package.
//
// # Files
//
// Each *.txt file in this folder is embedded. A file is a list of records
// separated by blank lines; a record is "key: value" lines. Lines starting
// with # are comments, and an indented line continues the value above it
// (joined with a space). Which keys a record has is said at the top of each
// file.
//
// The files are read the first time their words are asked for, never when
// the app starts.
package words

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"sync"
)

//go:embed *.txt
var files embed.FS

// field is one "key: value" line of a record, with its line number.
type field struct {
	key, value string
	line       int
}

// record is a group of fields, in file order.
type record []field

// get returns the value of key, or "".
func (r record) get(key string) string {
	for _, f := range r {
		if f.key == key {
			return f.value
		}
	}
	return ""
}

// parse reads a file of records.
func parse(name string) ([]record, error) { return parseFS(files, name) }

func parseFS(fsys fs.FS, name string) ([]record, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	var out []record
	var cur record
	for i, line := range strings.Split(string(b), "\n") {
		n := i + 1
		trimmed := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(trimmed, "#"):
		case trimmed == "":
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
		case line[0] == ' ' || line[0] == '\t':
			if len(cur) == 0 {
				return nil, fmt.Errorf("%s:%d: an indented line continues nothing", name, n)
			}
			cur[len(cur)-1].value += " " + trimmed
		default:
			key, value, ok := strings.Cut(trimmed, ":")
			if !ok || strings.TrimSpace(key) == "" {
				return nil, fmt.Errorf("%s:%d: want \"key: value\"", name, n)
			}
			cur = append(cur, field{strings.TrimSpace(key), strings.TrimSpace(value), n})
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out, nil
}

// lazily returns a function that reads a file with read once, on first
// call. The files are embedded and checked by this package's tests, so a
// file that does not read is a bug in the build and panics.
func lazily[T any](read func() (T, error)) func() T {
	return sync.OnceValue(func() T {
		v, err := read()
		if err != nil {
			panic("words: " + err.Error())
		}
		return v
	})
}
