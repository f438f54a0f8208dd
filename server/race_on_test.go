//go:build race

package server_test

// raceBuild: the race detector multiplies memory, so RSS bounds do not apply.
const raceBuild = true
