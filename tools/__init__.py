"""Developer tools: screenshots, Lighthouse audits and the README's field reference."""
