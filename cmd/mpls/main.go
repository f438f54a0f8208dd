// Command mpls is the mini-program review linter: a language server
// (`mpls serve`) and a CLI (`mpls check`, `mpls rules`, …) over one engine.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"

	"mpls/server"
)

// version is set at release builds from the git tag
// (-ldflags "-X main.version=1.2.3", see scripts/release.sh).
var version = "0.1.0"

const usage = `mpls — catches mini-program review rejections while you type.

Usage:
  mpls [serve] [--log-file F] [--log-level L]   LSP over stdio (the default)
  mpls check [flags] PATH...                    check a project or files (text, json, sarif; --fix); exit 1 on findings
  mpls report [--since REF] [DIR]               submission notes (提审备注) from the analysis
  mpls privacy [--format markdown|json] [--write] [DIR]   the 用户隐私保护指引 declaration from the code
  mpls rules [--explain ID] [--locale L]        list the rules, or explain one
  mpls version | mpls --version

Run 'mpls check --help' for the check flags.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := "serve"
	if len(args) > 0 && (args[0] == "--version" || args[0] == "-version" || args[0] == "-v") {
		cmd, args = "version", args[1:]
	} else if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "serve":
		return serve(args, stdin, stdout, stderr)
	case "check":
		return check(args, stdout, stderr)
	case "rules":
		return rules(args, stdout, stderr)
	case "report":
		return reportCmd(args, stdout, stderr)
	case "privacy":
		return privacyCmd(args, stdout, stderr)
	case "version":
		fmt.Fprintln(stdout, "mpls", version)
		return 0
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "mpls: unknown command %q\n\n%s", cmd, usage)
	return 2
}

func serve(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("serve", stderr)
	logFile := fs.String("log-file", "", "write logs to this file instead of stderr")
	logLevel := fs.String("log-level", "info", "debug, info, warn or error")
	fs.Bool("stdio", true, "use stdio (the only transport; accepted for clients that pass it)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	log, closeLog, err := newLogger(*logFile, *logLevel, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "mpls:", err)
		return 2
	}
	defer closeLog()
	server.Version = version
	return server.Run(context.Background(), stdin, stdout, server.Options{Logger: log})
}

// newLogger logs to stderr or a file, never stdout: stdout is the protocol.
func newLogger(file, level string, stderr io.Writer) (*zap.Logger, func(), error) {
	lvl, err := zapcore.ParseLevel(level)
	if err != nil {
		return nil, nil, fmt.Errorf("bad --log-level %q: %v", level, err)
	}
	var w zapcore.WriteSyncer = zapcore.AddSync(stderr)
	closeFn := func() {}
	if file != "" {
		f, err := os.OpenFile(file, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err != nil {
			return nil, nil, fmt.Errorf("cannot open log file: %v", err)
		}
		w = zapcore.AddSync(f)
		closeFn = func() { f.Close() }
	}
	enc := zap.NewProductionEncoderConfig()
	enc.EncodeTime = zapcore.ISO8601TimeEncoder
	core := zapcore.NewCore(zapcore.NewConsoleEncoder(enc), w, lvl)
	return zap.New(core), closeFn, nil
}
