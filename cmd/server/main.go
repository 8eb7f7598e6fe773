// Command server serves Mend's built static site (the build/ folder) over
// HTTP for local use and for the browser tests.
//
// It knows nothing of go-app: it serves files, the precompressed variant a
// browser accepts, and Mend's security and caching headers. Nothing a user
// types ever reaches it: the app keeps data on the device, and the partner's
// plan link travels in the URL fragment, which browsers never send.
//
// Usage:
//
//	server [-addr localhost:8000] [-dir build]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	addr := flag.String("addr", "localhost:8000", "host:port to listen on (port 0 picks a free port)")
	dir := flag.String("dir", "build", "folder holding the built site")
	flag.Parse()

	if err := run(*addr, *dir); err != nil {
		fmt.Fprintln(os.Stderr, "server:", err)
		os.Exit(1)
	}
}

func run(addr, dir string) error {
	logger := log.New(os.Stderr, "", log.LstdFlags)
	site, err := newSite(dir, logger)
	if err != nil {
		return err
	}
	defer site.Close()

	listener, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", addr, err)
	}
	srv := &http.Server{
		Handler:           site,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    32 << 10,
		ErrorLog:          logger,
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	served := make(chan error, 1)
	go func() { served <- srv.Serve(listener) }()
	// The browser tests read this line to learn the port.
	fmt.Printf("Mend is being served at http://%s/ (Ctrl+C to stop)\n", listener.Addr())

	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutting down: %w", err)
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
