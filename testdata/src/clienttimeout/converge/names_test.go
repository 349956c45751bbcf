package converge

var httpClient = "taken by a test"
