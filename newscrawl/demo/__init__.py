"""The demo portal: invented static sites plus a loopback server, so a crawl can run end to end offline."""
