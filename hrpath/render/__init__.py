"""Renderers: turn core answers into rich renderables or strings. They never print."""
