//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
//@@ signature
int search(int *lst, int size) {
//@@ solution
    int maxval = 0;
    for (int i = 0; i < size; i++)
        if (lst[i] > maxval) maxval = lst[i];
    int *freq = (int *)calloc(maxval + 1, sizeof(int));
    int max = -1;

    for (int i = 0; i < size; i++) {
        freq[lst[i]]++;
        if ((freq[lst[i]] >= lst[i]) && (lst[i] > max)) {
            max = lst[i];
        }
    }

    free(freq);
    return max;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {5, 5, 5, 5, 1};
        assert(search(a0, 5) == 1);
    }
    {
        int a0[] = {4, 1, 4, 1, 4, 4};
        assert(search(a0, 6) == 4);
    }
    {
        int a0[] = {3, 3};
        assert(search(a0, 2) == -1);
    }
    {
        int a0[] = {8, 8, 8, 8, 8, 8, 8, 8};
        assert(search(a0, 8) == 8);
    }
    {
        int a0[] = {2, 3, 3, 2, 2};
        assert(search(a0, 5) == 2);
    }
    {
        int a0[] = {2, 7, 8, 8, 4, 8, 7, 3, 9, 6, 5, 10, 4, 3, 6, 7, 1, 7, 4, 10, 8, 1};
        assert(search(a0, 22) == 1);
    }
    {
        int a0[] = {3, 2, 8, 2};
        assert(search(a0, 4) == 2);
    }
    {
        int a0[] = {6, 7, 1, 8, 8, 10, 5, 8, 5, 3, 10};
        assert(search(a0, 11) == 1);
    }
    {
        int a0[] = {8, 8, 3, 6, 5, 6, 4};
        assert(search(a0, 7) == -1);
    }
    {
        int a0[] = {6, 9, 6, 7, 1, 4, 7, 1, 8, 8, 9, 8, 10, 10, 8, 4, 10, 4, 10, 1, 2, 9, 5, 7, 9};
        assert(search(a0, 25) == 1);
    }
    {
        int a0[] = {1, 9, 10, 1, 3};
        assert(search(a0, 5) == 1);
    }
    {
        int a0[] = {6, 9, 7, 5, 8, 7, 5, 3, 7, 5, 10, 10, 3, 6, 10, 2, 8, 6, 5, 4, 9, 5, 3, 10};
        assert(search(a0, 24) == 5);
    }
    {
        int a0[] = {1};
        assert(search(a0, 1) == 1);
    }
    {
        int a0[] = {8, 8, 10, 6, 4, 3, 5, 8, 2, 4, 2, 8, 4, 6, 10, 4, 2, 1, 10, 2, 1, 1, 5};
        assert(search(a0, 23) == 4);
    }
    {
        int a0[] = {2, 10, 4, 8, 2, 10, 5, 1, 2, 9, 5, 5, 6, 3, 8, 6, 4, 10};
        assert(search(a0, 18) == 2);
    }
    {
        int a0[] = {1, 6, 10, 1, 6, 9, 10, 8, 6, 8, 7, 3};
        assert(search(a0, 12) == 1);
    }
    {
        int a0[] = {9, 2, 4, 1, 5, 1, 5, 2, 5, 7, 7, 7, 3, 10, 1, 5, 4, 2, 8, 4, 1, 9, 10, 7, 10, 2, 8, 10, 9, 4};
        assert(search(a0, 30) == 4);
    }
    {
        int a0[] = {2, 6, 4, 2, 8, 7, 5, 6, 4, 10, 4, 6, 3, 7, 8, 8, 3, 1, 4, 2, 2, 10, 7};
        assert(search(a0, 23) == 4);
    }
    {
        int a0[] = {9, 8, 6, 10, 2, 6, 10, 2, 7, 8, 10, 3, 8, 2, 6, 2, 3, 1};
        assert(search(a0, 18) == 2);
    }
    {
        int a0[] = {5, 5, 3, 9, 5, 6, 3, 2, 8, 5, 6, 10, 10, 6, 8, 4, 10, 7, 7, 10, 8};
        assert(search(a0, 21) == -1);
    }
    {
        int a0[] = {10};
        assert(search(a0, 1) == -1);
    }
    {
        int a0[] = {9, 7, 7, 2, 4, 7, 2, 10, 9, 7, 5, 7, 2};
        assert(search(a0, 13) == 2);
    }
    {
        int a0[] = {5, 4, 10, 2, 1, 1, 10, 3, 6, 1, 8};
        assert(search(a0, 11) == 1);
    }
    {
        int a0[] = {7, 9, 9, 9, 3, 4, 1, 5, 9, 1, 2, 1, 1, 10, 7, 5, 6, 7, 6, 7, 7, 6};
        assert(search(a0, 22) == 1);
    }
    {
        int a0[] = {3, 10, 10, 9, 2};
        assert(search(a0, 5) == -1);
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
        int a0[] = {4, 1, 2, 2, 3, 1};
        assert(search(a0, 6) == 2);
    }
    {
        int a0[] = {1, 2, 2, 3, 3, 3, 4, 4, 4};
        assert(search(a0, 9) == 3);
    }
    {
        int a0[] = {5, 5, 4, 4, 4};
        assert(search(a0, 5) == -1);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed search.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): solution fixed: the count table is sized by the largest value (LLM4Decompile sized it by the length and overflowed it; found by AddressSanitizer).
