/// The page's only styling, inline. System fonts (nothing downloaded); numbers in tabular figures so columns
/// line up; status and verdicts carry words as well as colour.
extension HTMLReport {
    static let stylesheet = """
        :root { color-scheme: light; }
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
          color: #222; background: #fff; max-width: 1040px; margin: 0 auto; padding: 16px 24px 48px; }
        h1 { font-size: 1.6em; margin: 0.3em 0 0.1em; }
        h2 { font-size: 1.3em; margin-top: 1.8em; border-bottom: 1px solid #ccc; padding-bottom: 4px; }
        .subtitle { color: #555; margin: 0; }
        .banner { border: 3px solid #b00020; background: #fff3f3; padding: 8px 14px; margin: 16px 0; }
        .banner strong { color: #b00020; letter-spacing: 0.06em; margin-right: 0.4em; }
        table { border-collapse: collapse; margin: 8px 0 16px; font-variant-numeric: tabular-nums; }
        caption { text-align: left; font-weight: 600; padding: 4px 0; }
        th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: right; vertical-align: top; }
        th[scope="row"], td:first-child { text-align: left; }
        thead th { background: #f2f2f2; text-align: center; }
        table.facts td { text-align: left; }
        table.verdicts td { text-align: left; }
        .saturated { font-weight: 700; background: #fff0d9; }
        .verdict-regressed { font-weight: 700; background: #fde0dc; }
        .verdict-improved { background: #e1f3e7; }
        .unknown { color: #666; font-style: italic; text-align: left; }
        .note { color: #444; font-size: 0.9em; }
        figure { margin: 18px 0; }
        svg.chart { display: block; width: 100%; max-width: 760px; height: auto; border: 1px solid #e4e4e4; }
        svg.chart text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
        figcaption { color: #444; font-size: 0.9em; margin-top: 4px; }
        dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
        dl.provenance dt { font-weight: 600; }
        dl.provenance dd { margin: 0; }
        details { margin: 8px 0; }
        summary { cursor: pointer; color: #0b57a4; }
        pre { overflow-x: auto; background: #f7f7f7; padding: 8px; font-size: 12px; }
        footer { margin-top: 32px; color: #666; font-size: 0.85em; border-top: 1px solid #ddd; }

        """
}
