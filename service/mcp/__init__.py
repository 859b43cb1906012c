"""The Model Context Protocol server: the index's search, ask, similar, compare and report
listing as MCP tools, over stdio (`reportsearch mcp`) or streamable HTTP (/mcp on the API)."""
