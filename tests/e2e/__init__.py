"""End-to-end tests: the app over a real SSH connection in tmux, and random keys through Textual's pilot."""
