"""Reports (报表): sales reports and the KPI report, on screen, as PDF and as Excel."""
