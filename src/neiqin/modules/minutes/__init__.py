"""Meeting minutes (会议纪要): meetings, notices, minutes, decisions and action items."""
