package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"io"
	"io/fs"
	"log"
	"mime"
	"net/http"
	"os"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"

	"mend/app/headers"
)

// site serves the files under one folder. Files are opened through an
// os.Root, so no request path can reach outside the folder, whatever its
// encoding or symlinks.
type site struct {
	root *os.Root
	log  *log.Logger

	mu    sync.Mutex
	etags map[string]cachedETag // by file name in the folder
}

type cachedETag struct {
	modTime time.Time
	size    int64
	etag    string
}

func newSite(dir string, logger *log.Logger) (*site, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("opening the site folder %q (run `make build` first?): %w", dir, err)
	}
	if _, err := root.Stat("index.html"); err != nil {
		root.Close()
		return nil, fmt.Errorf("the site folder %q has no index.html (run `make build` first?): %w", dir, err)
	}
	return &site{root: root, log: logger, etags: map[string]cachedETag{}}, nil
}

func (s *site) Close() error { return s.root.Close() }

// contentTypes covers the types Mend serves whose names the system MIME
// table may not know or may get wrong.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".json":        "application/json",
	".webmanifest": "application/manifest+json",
	".wasm":        "application/wasm",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".ico":         "image/x-icon",
	".txt":         "text/plain; charset=utf-8",
	".xml":         "application/xml",
}

func contentType(name string) string {
	ext := path.Ext(name)
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

// encodings are the precompressed variants, in order of preference.
var encodings = []struct{ token, suffix string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
	name, encoding := s.serve(rec, r)
	// Only the path of a file that exists is logged: never a query string,
	// and never an unknown path, which could hold anything.
	logged := "-"
	if name != "" {
		logged = r.URL.Path
	}
	if encoding == "" {
		encoding = "identity"
	}
	s.log.Printf("%s %s %d %dB %s %s", r.Method, logged, rec.status, rec.bytes, encoding, time.Since(start).Round(time.Microsecond))
}

// serve answers r and returns the file name served (empty when none) and its
// content encoding.
func (s *site) serve(w http.ResponseWriter, r *http.Request) (name, encoding string) {
	h := w.Header()
	for _, sh := range headers.Security {
		h.Set(sh.Name, sh.Value)
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		h.Set("Allow", "GET, HEAD")
		http.Error(w, "Only GET and HEAD are supported.", http.StatusMethodNotAllowed)
		return "", ""
	}

	name, ok := s.resolve(r.URL.Path)
	if !ok {
		s.notFound(w)
		return "", ""
	}

	h.Set("Content-Type", contentType(name))
	h.Set("Cache-Control", headers.CacheControl(r.URL.Path))
	h.Add("Vary", "Accept-Encoding")

	served := name
	for _, enc := range encodings {
		if !accepts(r.Header.Get("Accept-Encoding"), enc.token) {
			continue
		}
		if isRegularFile(s.root, name+enc.suffix) {
			served, encoding = name+enc.suffix, enc.token
			h.Set("Content-Encoding", enc.token)
			break
		}
	}

	f, err := s.root.Open(served)
	if err != nil {
		s.notFound(w)
		return "", ""
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		s.notFound(w)
		return "", ""
	}
	etag, err := s.etag(served, f, info)
	if err != nil {
		http.Error(w, "The file could not be read.", http.StatusInternalServerError)
		return "", ""
	}
	h.Set("ETag", etag)
	// ServeContent answers If-None-Match with 304, HEAD without a body, and
	// sets Content-Length. A zero time keeps Last-Modified out: the ETag
	// is the validator.
	http.ServeContent(w, r, name, time.Time{}, f)
	return name, encoding
}

// resolve maps a URL path to a file name inside the site folder: "/" is
// index.html and "/x" is x.html when x itself is not a file. Paths that try
// to climb out of the folder, hidden files and folders are refused.
func (s *site) resolve(urlPath string) (string, bool) {
	if !strings.HasPrefix(urlPath, "/") || strings.ContainsAny(urlPath, "\\\x00") {
		return "", false
	}
	for _, segment := range strings.Split(urlPath[1:], "/") {
		if segment == ".." || strings.HasPrefix(segment, ".") && segment != "" {
			return "", false
		}
	}
	name := strings.TrimPrefix(path.Clean(urlPath), "/")
	if name == "" {
		name = "index.html"
	}
	if !fs.ValidPath(name) {
		return "", false
	}
	if isRegularFile(s.root, name) {
		return name, true
	}
	if path.Ext(name) == "" && isRegularFile(s.root, name+".html") {
		return name + ".html", true
	}
	return "", false
}

func isRegularFile(root *os.Root, name string) bool {
	info, err := root.Stat(name)
	return err == nil && info.Mode().IsRegular()
}

// etag returns a strong validator for the bytes of one file, remembered
// until the file's size or modification time changes (as after a rebuild).
func (s *site) etag(name string, f io.ReadSeeker, info fs.FileInfo) (string, error) {
	s.mu.Lock()
	c, ok := s.etags[name]
	s.mu.Unlock()
	if ok && c.size == info.Size() && c.modTime.Equal(info.ModTime()) {
		return c.etag, nil
	}
	sum := sha256.New()
	if _, err := io.Copy(sum, f); err != nil {
		return "", err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	etag := `"` + base64.RawURLEncoding.EncodeToString(sum.Sum(nil)[:18]) + `"`
	s.mu.Lock()
	s.etags[name] = cachedETag{modTime: info.ModTime(), size: info.Size(), etag: etag}
	s.mu.Unlock()
	return etag, nil
}

// accepts reports whether an Accept-Encoding header value allows coding
// (a q-value of 0 refuses it; "*" allows anything not named).
func accepts(header, coding string) bool {
	wildcard := false
	for _, part := range strings.Split(header, ",") {
		token, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		token = strings.ToLower(strings.TrimSpace(token))
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = f
				}
			}
		}
		switch token {
		case coding:
			return q > 0
		case "*":
			wildcard = q > 0
		}
	}
	return wildcard
}

const notFoundPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Page not found · Mend</title>
<link rel="stylesheet" href="/web/mend.css">
</head>
<body>
<main class="page notfound">
<h1>This page isn't here</h1>
<p>The address may be mistyped or out of date. Nothing you have saved is affected.</p>
<p><a href="/">Go to Mend's start page</a></p>
</main>
</body>
</html>
`

func (s *site) notFound(w http.ResponseWriter) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	h.Set("Content-Length", strconv.Itoa(len(notFoundPage)))
	w.WriteHeader(http.StatusNotFound)
	io.Copy(w, bytes.NewReader([]byte(notFoundPage)))
}

// statusRecorder remembers the status and size of a response for the log.
type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (r *statusRecorder) WriteHeader(status int) {
	r.status = status
	r.ResponseWriter.WriteHeader(status)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	n, err := r.ResponseWriter.Write(b)
	r.bytes += n
	return n, err
}
