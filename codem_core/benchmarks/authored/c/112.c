//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdbool.h>
//@@ helpers
//@@ doc_append
Writes the remaining string into result (room for strlen(s) + 1 chars) and "True" or "False" into palindrome (room for 6 chars).
//@@ signature
void reverse_delete(const char *s, const char *c, char *result, char *palindrome) {
//@@ solution
    int len = strlen(s);
    char *n = malloc((len + 1) * sizeof(char));
    int ni = 0;
    for (int i = 0; s[i] != '\0'; i++) {
        const char *temp = c;
        bool found = false;
        while (*temp != '\0') {
            if (s[i] == *temp) {
                found = true;
                break;
            }
            temp++;
        }
        if (!found) {
            n[ni++] = s[i];
        }
    }
    n[ni] = '\0';

    int n_len = strlen(n);
    bool is_palindrome = true;
    for (int i = 0; i < n_len / 2; i++) {
        if (n[i] != n[n_len - 1 - i]) {
            is_palindrome = false;
            break;
        }
    }

    strcpy(result, n);
    strcpy(palindrome, is_palindrome ? "True" : "False");

    free(n);
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    { char result[64] = "?"; char palindrome[8] = "?"; reverse_delete("abcde", "ae", result, palindrome); assert(strcmp(result, "bcd") == 0); assert(strcmp(palindrome, "False") == 0); }
    { char result[64] = "?"; char palindrome[8] = "?"; reverse_delete("abcdef", "b", result, palindrome); assert(strcmp(result, "acdef") == 0); assert(strcmp(palindrome, "False") == 0); }
    { char result[64] = "?"; char palindrome[8] = "?"; reverse_delete("abcdedcba", "ab", result, palindrome); assert(strcmp(result, "cdedc") == 0); assert(strcmp(palindrome, "True") == 0); }
    { char result[64] = "?"; char palindrome[8] = "?"; reverse_delete("dwik", "w", result, palindrome); assert(strcmp(result, "dik") == 0); assert(strcmp(palindrome, "False") == 0); }
    { char result[64] = "?"; char palindrome[8] = "?"; reverse_delete("a", "a", result, palindrome); assert(strcmp(result, "") == 0); assert(strcmp(palindrome, "True") == 0); }
    { char result[64] = "?"; char palindrome[8] = "?"; reverse_delete("abcdedcba", "", result, palindrome); assert(strcmp(result, "abcdedcba") == 0); assert(strcmp(palindrome, "True") == 0); }
    { char result[64] = "?"; char palindrome[8] = "?"; reverse_delete("abcdedcba", "v", result, palindrome); assert(strcmp(result, "abcdedcba") == 0); assert(strcmp(palindrome, "True") == 0); }
    { char result[64] = "?"; char palindrome[8] = "?"; reverse_delete("vabba", "v", result, palindrome); assert(strcmp(result, "abba") == 0); assert(strcmp(palindrome, "True") == 0); }
    { char result[64] = "?"; char palindrome[8] = "?"; reverse_delete("mamma", "mia", result, palindrome); assert(strcmp(result, "") == 0); assert(strcmp(palindrome, "True") == 0); }
    return 0;
}
//@@ example_test
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed reverse_delete.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: test by hand from the C++ test (pair of outputs through two buffers).
