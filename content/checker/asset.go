package checkerdata

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
)

// Data is the checker's data as a set of named files: the *.rules files
// and the part model (ModelName). It reads like a folder (ReadDir and
// ReadFile), which is all the checker's rule reader needs.
type Data struct {
	names []string // sorted
	files map[string][]byte
}

// ModelName is the part model's name among the data's files.
const ModelName = "parts.model"

// New makes Data of the given files, by name (a tool's or a test's own
// rules; the app's come from Embedded or Decode).
func New(files map[string][]byte) *Data {
	d := &Data{files: files}
	for name := range files {
		d.names = append(d.names, name)
	}
	slices.Sort(d.names)
	return d
}

// ReadDir lists the files, in name order; the data has only its top folder.
func (d *Data) ReadDir(name string) ([]fs.DirEntry, error) {
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
func (d *Data) ReadFile(name string) ([]byte, error) {
	b, ok := d.files[name]
	if !ok {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fs.ErrNotExist}
	}
	return b, nil
}

// Model returns the part model's bytes, or nil when the data has none.
func (d *Data) Model() []byte { return d.files[ModelName] }

// entry is one file of Data as a directory entry.
type entry string

func (e entry) Name() string             { return string(e) }
func (entry) IsDir() bool                { return false }
func (entry) Type() fs.FileMode          { return 0 }
func (entry) Info() (fs.FileInfo, error) { return nil, errors.ErrUnsupported }

// The asset is the data as one file, which the site build writes beside
// app.wasm and the shipped app fetches:
//
//	mend-checker-data 1 <sha256>\n      magic, format version, SHA-256 (hex) of all that follows
//	<name> <length>\n<bytes>\n          each file, in name order
//
// The checksum lets the app refuse a damaged or cut-short copy instead of
// reading half the rules.
const (
	assetMagic   = "mend-checker-data"
	assetVersion = 1
)

// Encode writes the data as the asset that Decode reads.
func Encode(d *Data) []byte {
	var body []byte
	for _, name := range d.names {
		body = append(body, name...)
		body = append(body, ' ')
		body = strconv.AppendInt(body, int64(len(d.files[name])), 10)
		body = append(body, '\n')
		body = append(body, d.files[name]...)
		body = append(body, '\n')
	}
	return append(header(body), body...)
}

// header is the asset's first line for the files in body.
func header(body []byte) []byte {
	sum := sha256.Sum256(body)
	return fmt.Appendf(nil, "%s %d %s\n", assetMagic, assetVersion, hex.EncodeToString(sum[:]))
}

// AssetName is the file name the asset is served under: the same bytes
// always get the same name and changed bytes a new one, so an app never
// reads data from another release, whatever a cache still holds.
func AssetName(asset []byte) string {
	sum := sha256.Sum256(asset)
	return "checker-" + hex.EncodeToString(sum[:8]) + ".bin"
}

// Decode reads an asset that Encode wrote. It fails, returning nothing,
// unless the bytes are exactly a whole asset of this format version with
// a matching checksum and at least one rule file.
func Decode(asset []byte) (*Data, error) {
	head, body, ok := bytes.Cut(asset, []byte{'\n'})
	fields := strings.Fields(string(head))
	if !ok || len(fields) != 3 || fields[0] != assetMagic {
		return nil, errors.New("not the checker's data")
	}
	if fields[1] != strconv.Itoa(assetVersion) {
		return nil, fmt.Errorf("checker data of format %q; this app reads format %d", fields[1], assetVersion)
	}
	sum := sha256.Sum256(body)
	if fields[2] != hex.EncodeToString(sum[:]) {
		return nil, errors.New("the checker's data is damaged or cut short")
	}
	d := &Data{files: map[string][]byte{}}
	rules := 0
	for len(body) > 0 {
		line, rest, ok := bytes.Cut(body, []byte{'\n'})
		name, size, ok2 := strings.Cut(string(line), " ")
		n, err := strconv.Atoi(size)
		if !ok || !ok2 || err != nil || n < 0 || n >= len(rest) || rest[n] != '\n' || name == "" {
			return nil, errors.New("the checker's data has a malformed file entry")
		}
		// In name order, as Encode writes them: no name twice.
		if len(d.names) > 0 && d.names[len(d.names)-1] >= name {
			return nil, fmt.Errorf("the checker's data holds %s out of order", name)
		}
		d.names = append(d.names, name)
		d.files[name] = rest[:n:n]
		if strings.HasSuffix(name, ".rules") {
			rules++
		}
		body = rest[n+1:]
	}
	if rules == 0 {
		return nil, errors.New("the checker's data holds no rule file")
	}
	return d, nil
}
