//@@ header
#include <stdio.h>
#include <string.h>
//@@ helpers
//@@ doc_append
freq receives the count of each letter 'a'..'z' (26 ints); *max_count the highest count (0 for an empty text);
letters the letters having that count, in alphabetical order, as a string (room for 27 chars).
//@@ signature
void histogram(const char* test, int* freq, int* max_count, char* letters) {
//@@ solution
    int local_freq[26] = {0}; // for 'a' to 'z'
    int local_max = 0;
    const char* ptr = test;
    int idx = 0;

    while (*ptr) {
        if (*ptr != ' ') {
            int letter_index = *ptr - 'a';
            local_freq[letter_index]++;
            if (local_freq[letter_index] > local_max) {
                local_max = local_freq[letter_index];
            }
        }
        ptr++;
    }

    for (int i = 0; i < 26; i++) {
        freq[i] = local_freq[i];
        if (local_max > 0 && local_freq[i] == local_max) {
            letters[idx++] = 'a' + i;
        }
    }

    *max_count = local_max;
    letters[idx] = '\0';
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    { int freq[26] = {0}; int max_count = -1; char letters[27] = "?"; histogram("a b b a", freq, &max_count, letters); assert(max_count == 2); assert(strcmp(letters, "ab") == 0); assert(freq[0] == 2); assert(freq[1] == 2); }
    { int freq[26] = {0}; int max_count = -1; char letters[27] = "?"; histogram("a b c a b", freq, &max_count, letters); assert(max_count == 2); assert(strcmp(letters, "ab") == 0); assert(freq[0] == 2); assert(freq[1] == 2); }
    { int freq[26] = {0}; int max_count = -1; char letters[27] = "?"; histogram("a b c d g", freq, &max_count, letters); assert(max_count == 1); assert(strcmp(letters, "abcdg") == 0); assert(freq[0] == 1); assert(freq[1] == 1); assert(freq[2] == 1); assert(freq[3] == 1); assert(freq[6] == 1); }
    { int freq[26] = {0}; int max_count = -1; char letters[27] = "?"; histogram("r t g", freq, &max_count, letters); assert(max_count == 1); assert(strcmp(letters, "grt") == 0); assert(freq[6] == 1); assert(freq[17] == 1); assert(freq[19] == 1); }
    { int freq[26] = {0}; int max_count = -1; char letters[27] = "?"; histogram("b b b b a", freq, &max_count, letters); assert(max_count == 4); assert(strcmp(letters, "b") == 0); assert(freq[1] == 4); }
    { int freq[26] = {0}; int max_count = -1; char letters[27] = "?"; histogram("r t g", freq, &max_count, letters); assert(max_count == 1); assert(strcmp(letters, "grt") == 0); assert(freq[6] == 1); assert(freq[17] == 1); assert(freq[19] == 1); }
    { int freq[26] = {0}; int max_count = -1; char letters[27] = "?"; histogram("", freq, &max_count, letters); assert(max_count == 0); assert(strcmp(letters, "") == 0); }
    { int freq[26] = {0}; int max_count = -1; char letters[27] = "?"; histogram("a", freq, &max_count, letters); assert(max_count == 1); assert(strcmp(letters, "a") == 0); assert(freq[0] == 1); }
    return 0;
}
//@@ example_test
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed histogram.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: test by hand from the C++ test (a map has no C literal): checks max_count, the letters (alphabetical) and their counts; solution no longer lists all 26 letters for an empty text.
