// Package asset is the one format in which the app the site ships gets
// data it leaves out of app.wasm: a set of named files, written by the
// site build as one checksummed file named after its bytes, which the
// service worker keeps for offline use and the app reads back. The
// checker's rules (mend/content/checker) travel this way, and so do the
// guide's words and the share codec's dictionaries (the "content" asset).
//
// An asset of a kind, say "checker", reads:
//
//	mend-checker-data 2 <crc32>\n       magic, format version, CRC-32 (IEEE, hex) of all that follows
//	<name> <length>\n<bytes>\n          each file, in name order
//
// The checksum lets the app refuse a damaged or cut-short copy instead of
// reading half of it. It is a CRC, not a hash: the app reads the content
// before its first drawing, and SHA-256 took 5 ms there for 86 KB under
// Node, CRC-32 a fraction of that. The file's name, from a SHA-256 of its
// bytes (Name), keeps releases apart.
package asset

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

// Bundle is a set of named files. It reads like a folder (ReadDir and
// ReadFile), which is all a reader of the checker's rules needs.
type Bundle struct {
	names []string // sorted
	files map[string][]byte
}

// New makes a Bundle of the given files, by name.
func New(files map[string][]byte) *Bundle {
	d := &Bundle{files: files}
	for name := range files {
		d.names = append(d.names, name)
	}
	sort.Strings(d.names)
	return d
}

// ReadDir lists the files, in name order; a bundle has only its top folder.
func (d *Bundle) ReadDir(name string) ([]fs.DirEntry, error) {
	if name != "." {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	out := make([]fs.DirEntry, len(d.names))
	for i, n := range d.names {
		out[i] = entry(n)
	}
	return out, nil
}

// ReadFile returns a file's bytes, which the caller must not change.
func (d *Bundle) ReadFile(name string) ([]byte, error) {
	b, ok := d.files[name]
	if !ok {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fs.ErrNotExist}
	}
	return b, nil
}

// entry is one file of a Bundle as a directory entry.
type entry string

func (e entry) Name() string             { return string(e) }
func (entry) IsDir() bool                { return false }
func (entry) Type() fs.FileMode          { return 0 }
func (entry) Info() (fs.FileInfo, error) { return nil, errors.ErrUnsupported }

// version is the format's version, the second field of the first line.
const version = 2

// Encode writes the bundle as an asset of the given kind, which Decode
// reads.
func Encode(kind string, d *Bundle) []byte {
	var body []byte
	for _, name := range d.names {
		body = append(body, name...)
		body = append(body, ' ')
		body = strconv.AppendInt(body, int64(len(d.files[name])), 10)
		body = append(body, '\n')
		body = append(body, d.files[name]...)
		body = append(body, '\n')
	}
	return append(Header(kind, body), body...)
}

// Header is an asset's first line for the files in body.
func Header(kind string, body []byte) []byte {
	return fmt.Appendf(nil, "mend-%s-data %d %08x\n", kind, version, crc32.ChecksumIEEE(body))
}

// Name is the file name an asset of the kind is served under: the same
// bytes always get the same name and changed bytes a new one, so an app
// never reads data from another release, whatever a cache still holds.
func Name(kind string, asset []byte) string {
	sum := sha256.Sum256(asset)
	return kind + "-" + hex.EncodeToString(sum[:8]) + ".bin"
}

// Decode reads an asset of the kind that Encode wrote. It fails,
// returning nothing, unless the bytes are exactly a whole asset of this
// kind and format version with a matching checksum. what names the data
// in its errors ("the checker's data").
func Decode(kind, what string, asset []byte) (*Bundle, error) {
	head, body, ok := bytes.Cut(asset, []byte{'\n'})
	fields := strings.Fields(string(head))
	if !ok || len(fields) != 3 || fields[0] != "mend-"+kind+"-data" {
		return nil, errors.New("not " + what)
	}
	if fields[1] != strconv.Itoa(version) {
		return nil, fmt.Errorf("%s of format %q; this app reads format %d", what, fields[1], version)
	}
	if fields[2] != fmt.Sprintf("%08x", crc32.ChecksumIEEE(body)) {
		return nil, errors.New(what + " is damaged or cut short")
	}
	d := &Bundle{files: map[string][]byte{}}
	for len(body) > 0 {
		line, rest, ok := bytes.Cut(body, []byte{'\n'})
		name, size, ok2 := strings.Cut(string(line), " ")
		n, err := strconv.Atoi(size)
		if !ok || !ok2 || err != nil || n < 0 || n >= len(rest) || rest[n] != '\n' || name == "" {
			return nil, errors.New(what + " has a malformed file entry")
		}
		// In name order, as Encode writes them: no name twice.
		if len(d.names) > 0 && d.names[len(d.names)-1] >= name {
			return nil, fmt.Errorf("%s holds %s out of order", what, name)
		}
		d.names = append(d.names, name)
		d.files[name] = rest[:n:n]
		body = rest[n+1:]
	}
	return d, nil
}
