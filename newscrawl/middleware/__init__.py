"""Scrapy downloader middlewares of newscrawl, one module each."""
