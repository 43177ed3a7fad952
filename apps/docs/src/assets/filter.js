// A text filter above each table marked data-filter (the field tables and the mapping tables). Added by
// script, so that a reader without JavaScript gets the full table and no control that does nothing.
for (const table of document.querySelectorAll("table[data-filter]")) {
  if (!(table instanceof HTMLTableElement) || !table.id) continue;
  const body = table.tBodies[0];
  if (!body) continue;
  const rows = [...body.rows];
  const wrap = table.parentElement ?? table;

  const form = document.createElement("div");
  form.className = "filter";
  const label = document.createElement("label");
  const input = document.createElement("input");
  const status = document.createElement("p");
  input.type = "search";
  input.id = `${table.id}-filter`;
  input.setAttribute("aria-controls", table.id);
  input.autocomplete = "off";
  label.htmlFor = input.id;
  label.textContent = table.dataset["filter"] ?? "Filter";
  status.id = `${table.id}-filter-status`;
  status.setAttribute("role", "status");
  status.className = "filter-status";
  input.setAttribute("aria-describedby", status.id);
  form.append(label, input, status);
  wrap.before(form);

  input.addEventListener("input", () => {
    const query = input.value.trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const match = query === "" || (row.textContent ?? "").toLowerCase().includes(query);
      row.hidden = !match;
      if (match) shown += 1;
    }
    status.textContent = query === "" ? "" : `${shown} of ${rows.length} rows match “${input.value.trim()}”.`;
  });
}
