// The fake WhatsApp Web: one address for every chat. A click in the chat list draws the chat in the `#main` pane in
// place, its header showing the name she saved or, for a number she saved no name for, the number (the markup of
// src/core/platforms/whatsapp.ts).

/** The chats in the list: his number, saved under no name, and a friend. */
export const WHATSAPP_CHATS = ['+34 600 00 00 00', 'Ana'] as const;

export function whatsappWebPage(): string {
  const script = `const chats = ${JSON.stringify(WHATSAPP_CHATS)};
const pane = document.getElementById('pane');
const esc = (s) => s.replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
document.getElementById('chats').innerHTML = chats
  .map((name, i) => '<li><button type="button" class="chat" data-chat="' + i + '">' + esc(name) + '</button></li>')
  .join('');
document.addEventListener('click', (e) => {
  const chat = e.target.closest('button.chat');
  if (!chat) return;
  const name = chats[Number(chat.dataset.chat)];
  pane.innerHTML = '<div id="main"><header><span dir="auto">' + esc(name) + '</span></header>'
    + '<section id="conversation"><p>Hey, are you up?</p></section></div>';
});`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>WHATSAPP</title></head>
<body><ul id="chats"></ul><div id="pane"></div><script>${script}</script></body></html>`;
}
