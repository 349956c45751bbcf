// Package converge has three files whose only use of net/http is a
// helper: one run fixes all three with one shared client, removing the
// import the others no longer need. Its test file takes the first name
// (read from disk, whether or not the test files are analyzed).
package converge
