//@@ header
#include <stdio.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The result is one of the input words, not a copy; the caller does not free it.
//@@ signature
const char *find_max(char *words[], int count) {
//@@ solution
    const char *max = "";
    int maxu = 0;
    for (int i = 0; i < count; i++) {
        char unique[256] = {0};
        int unique_count = 0;
        for (int j = 0; words[i][j] != '\0'; j++) {
            if (!strchr(unique, words[i][j])) {
                int len = strlen(unique);
                unique[len] = words[i][j];
                unique[len + 1] = '\0';
                unique_count++;
            }
        }
        if (unique_count > maxu || (unique_count == maxu && strcmp(words[i], max) < 0)) {
            max = words[i];
            maxu = unique_count;
        }
    }
    return max;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *a0[] = {"name", "of", "string"};
        assert(strcmp(find_max(a0, 3), "string") == 0);
    }
    {
        char *a0[] = {"name", "enam", "game"};
        assert(strcmp(find_max(a0, 3), "enam") == 0);
    }
    {
        char *a0[] = {"aaaaaaa", "bb", "cc"};
        assert(strcmp(find_max(a0, 3), "aaaaaaa") == 0);
    }
    {
        char *a0[] = {"abc", "cba"};
        assert(strcmp(find_max(a0, 2), "abc") == 0);
    }
    {
        char *a0[] = {"play", "this", "game", "of", "footbott"};
        assert(strcmp(find_max(a0, 5), "footbott") == 0);
    }
    {
        char *a0[] = {"we", "are", "gonna", "rock"};
        assert(strcmp(find_max(a0, 4), "gonna") == 0);
    }
    {
        char *a0[] = {"we", "are", "a", "mad", "nation"};
        assert(strcmp(find_max(a0, 5), "nation") == 0);
    }
    {
        char *a0[] = {"this", "is", "a", "prrk"};
        assert(strcmp(find_max(a0, 4), "this") == 0);
    }
    {
        char *a0[] = {"b"};
        assert(strcmp(find_max(a0, 1), "b") == 0);
    }
    {
        char *a0[] = {"play", "play", "play"};
        assert(strcmp(find_max(a0, 3), "play") == 0);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *a0[] = {"name", "of", "string"};
        assert(strcmp(find_max(a0, 3), "string") == 0);
    }
    {
        char *a0[] = {"name", "enam", "game"};
        assert(strcmp(find_max(a0, 3), "enam") == 0);
    }
    {
        char *a0[] = {"aaaaaaa", "bb", "cc"};
        assert(strcmp(find_max(a0, 3), "aaaaaaa") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed find_max.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): returns const char * (a pointer into the input, never freed by the caller).
