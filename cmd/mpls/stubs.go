package main

import (
	"fmt"
	"io"
)

func report(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "mpls report: not built yet")
	return 2
}

func privacyCmd(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "mpls privacy: not built yet")
	return 2
}
