X = "namespace member"
